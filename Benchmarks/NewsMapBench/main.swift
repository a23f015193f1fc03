print("newsmap-bench")
