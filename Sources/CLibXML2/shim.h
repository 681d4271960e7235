#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU; its ICU headers clash with the copy inside Swift's Foundation.
   gongwen never touches the ICU converter fields, and only uses them through pointers. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlsave.h>
#include <libxml/relaxng.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlerror.h>
