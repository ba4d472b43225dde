; Inno Setup 6.3+ recipe for the Windows installer of the Policy Commitment Tracker.
; Saved as UTF-8 with a BOM so that the compiler reads the Chinese names correctly.
;
; Build the bundle first (py packaging\build.py), then, from the repository root:
;   iscc /DAppVersion=0.1.0 packaging\windows\tracker.iss
; Output: packaging\dist\PolicyTracker-0.1.0-setup.exe (see packaging\README.md).
;
; Per-user install without administrator rights (PrivilegesRequired=lowest): the program
; goes to %LOCALAPPDATA%\Programs\PolicyTracker, a Start menu entry to the user's Start
; menu, and Windows' "Apps & features" lists an uninstaller. The user's data
; (%LOCALAPPDATA%\PolicyTracker) is never touched by installing or uninstalling.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "政策承诺跟踪"
#define AppNameEn "Policy Commitment Tracker"
#define Bundle "..\dist\PolicyTracker"

[Setup]
; a fixed id: later versions upgrade this installation in place
AppId={{6F1C2B7E-3C1D-4D8A-9A51-2E7B0C4F9D21}
AppName={#AppName}
AppVerName={#AppName} {#AppVersion}
AppVersion={#AppVersion}
AppPublisher={#AppNameEn}
VersionInfoVersion={#AppVersion}
VersionInfoDescription={#AppNameEn} Setup
DefaultDirName={autopf}\PolicyTracker
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=PolicyTracker-{#AppVersion}-setup
SetupIconFile=..\build\icons\tracker.ico
UninstallDisplayIcon={app}\tracker.exe
UninstallDisplayName={#AppName} ({#AppNameEn})
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
; Simplified Chinese first when the compiler has it (official in recent Inno Setup 6
; releases; otherwise put ChineseSimplified.isl beside this file), English second
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "ChineseSimplified.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; the whole one-folder bundle: tracker.exe (windowed), tracker-cli.exe (console), _internal\
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; files of an older version that this one no longer ships
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\tracker.exe"; Comment: "{#AppNameEn}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\tracker.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\tracker.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
