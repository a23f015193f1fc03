#ifndef NEWSMAP_CGEOS_SHIM_H
#define NEWSMAP_CGEOS_SHIM_H
/* Only the reentrant (_r) API: a call to a non-reentrant GEOS function does not compile. */
#define GEOS_USE_ONLY_R_API
#include <geos_c.h>
#endif
