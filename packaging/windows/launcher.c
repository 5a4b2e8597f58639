/* udsat.exe and udsat-desktop.exe: start the embedded Python on the app's entry script.
 *
 * Built twice with mingw-w64 by build_installer.sh: a console program (udsat.exe, runs
 * python\python.exe ... cli) and a GUI program (-DGUI: udsat-desktop.exe, runs
 * python\pythonw.exe ... desktop). The install folder holds
 *     udsat.exe  udsat-desktop.exe  python\ (the embeddable CPython)  app\ (the packages)
 * The launcher passes its own arguments on unchanged, inherits its standard handles to the
 * child, waits and returns the child's exit code. The child (and any worker process it
 * starts) lives in a job object that ends it when the launcher ends.
 */
#define WIN32_LEAN_AND_MEAN
#ifndef UNICODE
#define UNICODE
#endif
#include <windows.h>
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>

#ifdef GUI
#define PYTHON_EXE L"pythonw.exe"
#define ENTRY L"desktop"
#else
#define PYTHON_EXE L"python.exe"
#define ENTRY L"cli"
#endif

/* The command line after the program name, as Windows' own parser splits it. */
static const wchar_t *after_program_name(const wchar_t *cmd)
{
    if (*cmd == L'"') {
        cmd++;
        while (*cmd && *cmd != L'"')
            cmd++;
        if (*cmd)
            cmd++;
    } else {
        while (*cmd && *cmd != L' ' && *cmd != L'\t')
            cmd++;
    }
    while (*cmd == L' ' || *cmd == L'\t')
        cmd++;
    return cmd;
}

static void fail(const wchar_t *what)
{
#ifdef GUI
    MessageBoxW(NULL, what, L"Udsat Desktop", MB_ICONERROR | MB_OK);
#else
    fwprintf(stderr, L"udsat: %ls\n", what);
#endif
}

static BOOL WINAPI ignore_ctrl(DWORD kind)
{
    (void)kind;
    return TRUE; /* the child gets Ctrl+C too and decides; we wait for it */
}

static int launch(void)
{
    static wchar_t dir[32768], python[32800];
    DWORD n = GetModuleFileNameW(NULL, dir, 32768);
    if (n == 0 || n >= 32768) {
        fail(L"Kan ikke finde programmets mappe.");
        return 9009;
    }
    wchar_t *slash = wcsrchr(dir, L'\\');
    if (slash)
        *slash = 0;
    _snwprintf(python, 32800, L"%ls\\python\\%ls", dir, PYTHON_EXE);
    python[32799] = 0;

    const wchar_t *rest = after_program_name(GetCommandLineW());
    size_t size = wcslen(python) + wcslen(dir) + wcslen(rest) + 64;
    wchar_t *cmd = malloc(size * sizeof(wchar_t));
    if (!cmd)
        return 9009;
    _snwprintf(cmd, size, L"\"%ls\" \"%ls\\app\\udsat_launch.py\" %ls %ls", python, dir, ENTRY,
               rest);
    cmd[size - 1] = 0;

    HANDLE job = CreateJobObjectW(NULL, NULL);
    if (job) {
        JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits;
        ZeroMemory(&limits, sizeof(limits));
        limits.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE;
        SetInformationJobObject(job, JobObjectExtendedLimitInformation, &limits, sizeof(limits));
    }
    SetConsoleCtrlHandler(ignore_ctrl, TRUE);

    STARTUPINFOW si;
    PROCESS_INFORMATION pi;
    GetStartupInfoW(&si); /* the same standard handles and window state as we were given */
    if (!CreateProcessW(python, cmd, NULL, NULL, TRUE, CREATE_SUSPENDED, NULL, NULL, &si, &pi)) {
        fail(L"Kan ikke starte den medfølgende Python (python-mappen mangler eller er beskadiget). "
             L"Geninstallér Udsat Desktop.");
        return 9009;
    }
    if (job)
        AssignProcessToJobObject(job, pi.hProcess); /* may fail inside another job: harmless */
    ResumeThread(pi.hThread);
    CloseHandle(pi.hThread);
    WaitForSingleObject(pi.hProcess, INFINITE);
    DWORD code = 1;
    GetExitCodeProcess(pi.hProcess, &code);
    CloseHandle(pi.hProcess);
    free(cmd);
    return (int)code;
}

#ifdef GUI
int WINAPI wWinMain(HINSTANCE instance, HINSTANCE previous, PWSTR args, int show)
{
    (void)instance;
    (void)previous;
    (void)args;
    (void)show;
    return launch();
}
#else
int wmain(void)
{
    return launch();
}
#endif
