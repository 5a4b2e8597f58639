; NSIS script: the Windows installer of Udsat Desktop, per user (no admin rights) or per machine.
; Built by packaging/windows/build_installer.py (makensis on Linux), which passes
;   VERSION (0.1.0), VERSION4 (0.1.0.0), STAGE (the staged install folder), OUTFILE,
;   COMPRESSOR (zlib or lzma), ICON, and SIGN (a command signing the file "%1" in place;
;   it signs setup.exe and the uninstaller as makensis writes them).
;
; Who gets what (docs/deployment.md):
;   not elevated (a caseworker, no admin rights): per user, no UAC prompt, into
;     %LOCALAPPDATA%\Programs\Udsat Desktop, Start menu and uninstall entry (HKCU) for that user;
;   elevated (SYSTEM under SCCM/Intune, "Run as administrator"): per machine, into
;     %ProgramFiles%\Udsat Desktop, Start menu and uninstall entry (HKLM) for all users.
;   /CurrentUser or /AllUsers on the command line chooses; /AllUsers without elevation fails.
; Silent install: setup.exe /S [/CurrentUser|/AllUsers] [/D=C:\path] (/D last, unquoted).
; Silent removal: uninstall.exe /S (keeps every user's data; see the Uninstall section);
;   uninstall.exe /S /RemoveData also removes this user's data folder, but only when the app
;   said at its last close that nothing waits to be sent (unsent.ini: count=0).

Unicode true
Target amd64-unicode
SetCompressor /SOLID ${COMPRESSOR}
ManifestDPIAware true
; never a UAC prompt: elevation comes from whoever starts it (IT's deployment tool)
RequestExecutionLevel user

!define APPNAME "Udsat Desktop"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\UdsatDesktop"
; where the app keeps a user's data (platformdirs: APP_AUTHOR\APP_NAME in udsat_desktop.platform)
!define DATA_SUBDIR "KobenhavnsKommune\UdsatDesktop"
; exit code of setup.exe when /AllUsers is asked for without elevation
!define EXIT_NOT_ELEVATED 5

!ifdef SIGN
!finalize '${SIGN}' = 0
!uninstfinalize '${SIGN}' = 0
!endif

Name "${APPNAME} ${VERSION}"
OutFile "${OUTFILE}"
; no InstallDir: .onInit picks it by the install mode unless /D= gave one
BrandingText "${APPNAME} ${VERSION}"

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=0 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=0 "CompanyName" "Københavns Kommune"
VIAddVersionKey /LANG=0 "FileDescription" "${APPNAME} installationsprogram"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "EUPL-1.2"

!include "MUI2.nsh"
!include "x64.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\udsat-desktop.exe"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Danish"
!insertmacro MUI_LANGUAGE "English"

Var Mode      ; "machine" or "user"
Var DataDir   ; this user's data folder
Var Unsent    ; unsent.ini's count: a number, "?" (the app is open or was not closed), or ""
Var RemoveData ; "1": /RemoveData given (silent removal of this user's data, if nothing waits)

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "Udsat Desktop kræver 64-bit Windows." /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  UserInfo::GetAccountType
  Pop $0
  ${If} $0 == "Admin"
    StrCpy $Mode "machine"
  ${Else}
    StrCpy $Mode "user"
  ${EndIf}
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/CurrentUser" $R1
  ${IfNot} ${Errors}
    StrCpy $Mode "user"
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/AllUsers" $R1
  ${IfNot} ${Errors}
    ${If} $0 != "Admin"
      MessageBox MB_ICONSTOP "Installation for alle brugere (/AllUsers) kræver administrator\
rettigheder. Uden dem: installér for dig selv (/CurrentUser)." /SD IDOK
      SetErrorLevel ${EXIT_NOT_ELEVATED}
      Quit
    ${EndIf}
    StrCpy $Mode "machine"
  ${EndIf}
  ${If} $Mode == "machine"
    SetShellVarContext all
    ${If} $INSTDIR == ""
      StrCpy $INSTDIR "$PROGRAMFILES64\${APPNAME}"
    ${EndIf}
  ${Else}
    SetShellVarContext current
    ${If} $INSTDIR == ""
      StrCpy $INSTDIR "$LOCALAPPDATA\Programs\${APPNAME}"
    ${EndIf}
  ${EndIf}
FunctionEnd

Section "Udsat Desktop" Main
  SectionIn RO
  ; an update replaces the program folders whole (users' data lives elsewhere)
  RMDir /r "$INSTDIR\app"
  RMDir /r "$INSTDIR\python"
  SetOutPath "$INSTDIR"
  File "${STAGE}\udsat.exe"
  File "${STAGE}\udsat-desktop.exe"
  File /r "${STAGE}\python"
  File /r "${STAGE}\app"
  WriteINIStr "$INSTDIR\uninstall.ini" "install" "mode" "$Mode"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\${APPNAME}"
  CreateShortcut "$SMPROGRAMS\${APPNAME}\${APPNAME}.lnk" "$INSTDIR\udsat-desktop.exe" "" \
    "$INSTDIR\udsat-desktop.exe" 0
  CreateShortcut "$SMPROGRAMS\${APPNAME}\Afinstallér ${APPNAME}.lnk" "$INSTDIR\uninstall.exe"

  ; SHCTX: HKLM per machine, HKCU per user (SetShellVarContext above)
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "${APPNAME}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "Københavns Kommune"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\udsat-desktop.exe"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallMode" "$Mode"
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Function un.onInit
  SetRegView 64
  StrCpy $RemoveData "0"
  ${un.GetParameters} $R0
  ClearErrors
  ${un.GetOptions} $R0 "/RemoveData" $R1
  ${IfNot} ${Errors}
    StrCpy $RemoveData "1"
  ${EndIf}
  ReadINIStr $Mode "$INSTDIR\uninstall.ini" "install" "mode"
  ${If} $Mode == "machine"
    UserInfo::GetAccountType
    Pop $0
    ${If} $0 != "Admin"
      MessageBox MB_ICONSTOP "${APPNAME} er installeret for alle brugere; kun en administrator \
kan afinstallere det. Kontakt IT." /SD IDOK
      SetErrorLevel ${EXIT_NOT_ELEVATED}
      Quit
    ${EndIf}
  ${EndIf}
  ; this user's data folder, whichever way the program was installed
  SetShellVarContext current
  StrCpy $DataDir "$LOCALAPPDATA\${DATA_SUBDIR}"
  ${If} $Mode == "machine"
    SetShellVarContext all
  ${EndIf}
FunctionEnd

; What stays, said plainly: the data folder, what it holds, whether work waits to be sent.
; The data is kept unless the user (interactively) asks to remove it, and removal is offered
; only when the app said at its last close that nothing waits (unsent.ini, count=0).
Function un.TellAboutData
  ${IfNot} ${FileExists} "$DataDir\*.*"
    DetailPrint "Ingen data for denne bruger i $DataDir."
    Return
  ${EndIf}
  StrCpy $Unsent ""
  ${If} ${FileExists} "$DataDir\unsent.ini"
    ReadINIStr $Unsent "$DataDir\unsent.ini" "unsent" "count"
  ${EndIf}
  StrCpy $R9 "Dine data bliver liggende i$\r$\n$DataDir$\r$\n$\r$\nMappen indeholder den \
krypterede database med sagerne og dine gennemgange, din krypterede underskriftsnøgle, \
dine indstillinger og logfiler."
  ${If} $Mode == "machine"
    StrCpy $R9 "$R9$\r$\n(Andre brugeres data ligger i deres egen mappe og røres ikke.)"
  ${EndIf}
  DetailPrint "Data bevares: $DataDir"
  ${If} $Unsent == "0"
    DetailPrint "Intet venter på at blive sendt til fællesmappen."
    ${If} ${Silent}
      ${If} $RemoveData == "1"
        Goto remove
      ${EndIf}
      Return
    ${EndIf}
    MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 "$R9$\r$\n$\r$\nIntet venter på at blive \
sendt til fællesmappen. Vil du også slette dine data? Det kan ikke fortrydes.$\r$\n\
(Vælg Nej for at beholde dem.)" /SD IDNO IDYES remove
    Return
    remove:
      RMDir /r "$DataDir"
      DetailPrint "Dine data er slettet: $DataDir"
      Return
  ${EndIf}
  ${If} $Unsent == ""
  ${OrIf} $Unsent == "?"
    StrCpy $R8 "Programmet kan ikke se, om der venter arbejde, som ikke er sendt til \
fællesmappen (programmet er åbent, blev ikke lukket normalt, eller er ældre). Data \
bevares; åbn programmet, synkronisér og luk det, hvis du vil slette dem."
  ${Else}
    StrCpy $R8 "$Unsent filer venter på at blive sendt til fællesmappen. Data bevares: åbn \
programmet og synkronisér, før du sletter noget."
  ${EndIf}
  DetailPrint "$R8"
  MessageBox MB_OK|MB_ICONINFORMATION "$R9$\r$\n$\r$\n$R8" /SD IDOK
FunctionEnd

Section "Uninstall"
  ; only what the installer put there: the users' data folders are left alone (un.TellAboutData)
  Delete "$SMPROGRAMS\${APPNAME}\${APPNAME}.lnk"
  Delete "$SMPROGRAMS\${APPNAME}\Afinstallér ${APPNAME}.lnk"
  RMDir "$SMPROGRAMS\${APPNAME}"
  RMDir /r "$INSTDIR\app"
  RMDir /r "$INSTDIR\python"
  Delete "$INSTDIR\udsat.exe"
  Delete "$INSTDIR\udsat-desktop.exe"
  Delete "$INSTDIR\uninstall.ini"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey SHCTX "${UNINSTALL_KEY}"
  Call un.TellAboutData
SectionEnd
