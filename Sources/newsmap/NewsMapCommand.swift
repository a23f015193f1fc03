import ArgumentParser

/// The `newsmap` command: news text in, map data out.
struct NewsMapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsmap",
        abstract: "Find the places a news article talks about and turn them into GeoJSON map layers.",
        subcommands: [
            MapCommand.self, ExtractCommand.self, EvaluateCommand.self, GeocodeCommand.self,
            DistanceCommand.self, AreaCommand.self, RingCommand.self, OverlayCommand.self, TransformCommand.self,
        ]
    )
}
