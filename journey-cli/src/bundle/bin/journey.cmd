@echo off
rem The journey command from the release bundle, for Windows: runs lib\journey.jar with the start-up settings of the
rem shell launcher. On first run it records a class-data-sharing archive (by drawing the bundled samples once) in
rem %LOCALAPPDATA%\journey-maps\VERSION; later starts map it. JOURNEY_JAVA_OPTS adds options to the JVM.
setlocal
set "JOURNEY_HOME=%~dp0.."
set "JOURNEY_JAR=%JOURNEY_HOME%\lib\journey.jar"
if defined JAVA_HOME (set "JAVA_CMD=%JAVA_HOME%\bin\java.exe") else (set "JAVA_CMD=java")
set "JOURNEY_OPTS=-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -Xmn16m -Djava.awt.headless=true"

set "JOURNEY_CDS="
if not defined LOCALAPPDATA goto run
set "JOURNEY_CACHE=%LOCALAPPDATA%\journey-maps\@project.version@"
rem Named by the jar's size: reproducible jars share one time stamp, so a reinstalled snapshot needs its own archive.
for %%F in ("%JOURNEY_JAR%") do set "JOURNEY_SIZE=%%~zF"
set "JOURNEY_JSA=%JOURNEY_CACHE%\journey-%JOURNEY_SIZE%.jsa"
if exist "%JOURNEY_JSA%" goto archived
if not exist "%JOURNEY_CACHE%" mkdir "%JOURNEY_CACHE%" >nul 2>&1
set "JOURNEY_WORK=%TEMP%\journey-cds-%RANDOM%%RANDOM%"
"%JAVA_CMD%" -XX:ArchiveClassesAtExit="%JOURNEY_WORK%.jsa" -Xlog:disable %JOURNEY_OPTS% -jar "%JOURNEY_JAR%" demo -o "%JOURNEY_WORK%" >nul 2>&1
if exist "%JOURNEY_WORK%.jsa" move /y "%JOURNEY_WORK%.jsa" "%JOURNEY_JSA%" >nul 2>&1
if exist "%JOURNEY_WORK%" rmdir /s /q "%JOURNEY_WORK%" >nul 2>&1
:archived
if exist "%JOURNEY_JSA%" set "JOURNEY_CDS=-XX:SharedArchiveFile="%JOURNEY_JSA%" -Xshare:auto -Xlog:disable"

:run
"%JAVA_CMD%" %JOURNEY_CDS% %JOURNEY_OPTS% %JOURNEY_JAVA_OPTS% -jar "%JOURNEY_JAR%" %*
exit /b %ERRORLEVEL%
