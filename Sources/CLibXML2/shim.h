#ifndef SITREP_CLIBXML2_SHIM_H
#define SITREP_CLIBXML2_SHIM_H
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/globals.h>

/// xmlFree is a global function pointer, which Swift 6 treats as shared mutable state.
static inline void sitrep_xml_free(void *p) { xmlFree(p); }
#endif
