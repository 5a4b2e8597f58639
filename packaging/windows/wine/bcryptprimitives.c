/* A stand-in bcryptprimitives.dll for the Wine test prefix ONLY (never shipped: every
 * Windows 10 has the real one). Rust's standard library (cryptography's and rpds' extension
 * modules) imports ProcessPrng, which Wine 8.0 lacks. It fills the buffer from
 * RtlGenRandom (advapi32's SystemFunction036), the system's CSPRNG under Wine. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
    while (size > 0) {
        ULONG chunk = size > 0x10000000 ? 0x10000000 : (ULONG)size;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        size -= chunk;
    }
    return TRUE;
}
