@echo off
rem ics: runs the ics tool (..\lib\ics.jar) with flags for a short-lived command-line tool; see bin/ics for why.
rem Java: %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, else java on the PATH (Java 17 or newer).
rem ICS_JAVA_OPTS: more options for the Java virtual machine, after the launcher's own (so they win).
setlocal
set "ICS_HOME=%~dp0.."
if defined JAVA_HOME (set "ICS_JAVA=%JAVA_HOME%\bin\java.exe") else (set "ICS_JAVA=java")
rem One compiler thread (-XX:CICompilerCount=1, as bin/ics uses) is left out here: Java refuses it with the C2
rem compiler that ICS_JAVA_OPTS may ask for, and this script does not look inside ICS_JAVA_OPTS.
set "ICS_FLAGS=-Xlog:cds=off -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms16m"
if exist "%ICS_HOME%\lib\ics.jsa" (
  "%ICS_JAVA%" "-XX:SharedArchiveFile=%ICS_HOME%\lib\ics.jsa" -Xshare:auto %ICS_FLAGS% %ICS_JAVA_OPTS% -jar "%ICS_HOME%\lib\ics.jar" %*
) else (
  "%ICS_JAVA%" %ICS_FLAGS% %ICS_JAVA_OPTS% -jar "%ICS_HOME%\lib\ics.jar" %*
)
exit /b %ERRORLEVEL%
