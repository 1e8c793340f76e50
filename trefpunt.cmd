@echo off
rem One command for the whole platform (Windows): trefpunt [start|run|reset|help]
rem Ctrl-C stops the gateway, the services, Keycloak and PostgreSQL.
setlocal
cd /d "%~dp0"
set "TREFPUNT_COMMAND=%~1"
if "%TREFPUNT_COMMAND%"=="" set "TREFPUNT_COMMAND=start"
set "JAVA_EXE=java"
if defined JAVA_HOME set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"

if /i "%TREFPUNT_COMMAND%"=="start" (
  echo Building the services, the gateway and the launcher ...
  call mvnw.cmd -B -q -DskipTests -Dspotless.check.skip=true install -pl infra/launcher,tenant-service,core-service,reservation-service,gateway -am
  if errorlevel 1 exit /b 1
)
if /i "%TREFPUNT_COMMAND%"=="run" set "TREFPUNT_COMMAND=start"
for %%f in (infra\launcher\target\launcher-*-exec.jar) do set "LAUNCHER_JAR=%%f"
if not defined LAUNCHER_JAR (
  echo The launcher is not built yet: run "trefpunt start".
  exit /b 1
)
"%JAVA_EXE%" -XX:+UseSerialGC -Xmx96m -jar "%LAUNCHER_JAR%" %TREFPUNT_COMMAND%
