#ifndef NEWSMAP_CPROJ_SHIM_H
#define NEWSMAP_CPROJ_SHIM_H
#include <proj.h>
#include <geodesic.h>
#endif
