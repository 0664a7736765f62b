#ifndef SITREP_CLIBXML2_SHIM_H
#define SITREP_CLIBXML2_SHIM_H
// Used only by the C target CSitrepHTML (for its include and link flags); never imported by Swift.
#include <libxml/HTMLparser.h>
#endif
