; Inno Setup script: a per-machine Windows installer for the PyInstaller one-folder build.
; Build the bundle on Windows first (pyinstaller packaging\udsat_desktop.spec --distpath
; build\dist), then:  iscc /DAppVersion=0.1.0 packaging\udsat_desktop.iss

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6E0F2B5C-3C6B-4C43-9B5E-2D1A0C9F7A11}
AppName=Udsat Desktop
AppVersion={#AppVersion}
AppPublisher=Københavns Kommune
VersionInfoVersion={#AppVersion}
VersionInfoProductName=Udsat Desktop
DefaultDirName={autopf}\Udsat Desktop
DefaultGroupName=Udsat Desktop
PrivilegesRequired=admin
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\build\installer
OutputBaseFilename=UdsatDesktop-{#AppVersion}-setup
SetupIconFile=..\resources\icons\udsat.ico
UninstallDisplayIcon={app}\udsat-desktop.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\build\dist\udsat-desktop\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Udsat Desktop"; Filename: "{app}\udsat-desktop.exe"
Name: "{group}\Afinstallér Udsat Desktop"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\udsat-desktop.exe"; Description: "Start Udsat Desktop"; Flags: nowait postinstall skipifsilent
