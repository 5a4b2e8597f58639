/* A stand-in icuuc.dll for the Wine test prefix ONLY (never shipped: Windows 10 1903+ has
 * the real one in System32). Wine 8.0 has no ICU; Qt 6.10+'s Qt6Core.dll imports these
 * converter functions, which Qt uses only for legacy text encodings (QStringConverter beyond
 * UTF-8/16/32 and Latin-1). Opening a converter fails, so Qt treats such an encoding as
 * unavailable; the app never asks for one. */
#include <stddef.h>

#define EXPORT __declspec(dllexport)
typedef int UErrorCode;
#define U_FILE_ACCESS_ERROR 4

EXPORT void *ucnv_open(const char *name, UErrorCode *err)
{
    (void)name;
    if (err && *err <= 0)
        *err = U_FILE_ACCESS_ERROR;
    return NULL;
}
EXPORT int ucnv_countAvailable(void) { return 0; }
EXPORT const char *ucnv_getAvailableName(int n) { (void)n; return NULL; }
EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *err)
{
    (void)name; (void)standard;
    if (err && *err <= 0)
        *err = U_FILE_ACCESS_ERROR;
    return NULL;
}
/* Never reached without an open converter; present so the import table resolves. */
#define NEVER(name) EXPORT int name(void) { return 0; }
NEVER(ucnv_close)
NEVER(UCNV_FROM_U_CALLBACK_SUBSTITUTE)
NEVER(UCNV_TO_U_CALLBACK_SUBSTITUTE)
NEVER(ucnv_reset)
NEVER(ucnv_getMaxCharSize)
NEVER(ucnv_getName)
NEVER(ucnv_getToUCallBack)
NEVER(ucnv_getFromUCallBack)
NEVER(ucnv_setToUCallBack)
NEVER(ucnv_setFromUCallBack)
NEVER(ucnv_cbToUWriteUChars)
NEVER(ucnv_toUnicode)
NEVER(ucnv_cbFromUWriteUChars)
NEVER(ucnv_toUCountPending)
NEVER(ucnv_fromUCountPending)
NEVER(ucnv_fromUnicode)
