@echo off
rem Brokerlab launcher for a source checkout on Windows: builds what is missing, then runs
rem the CLI, or the desktop app when no command is given.
setlocal enabledelayedexpansion
set ROOT=%~dp0
set JAVA=java
if defined JAVA_HOME set JAVA=%JAVA_HOME%\bin\java

set MODULE=cluster-launcher
set MAIN=io.brokerlab.launcher.cli.BrokerlabCli
set JOPTS=
set APP=1
for %%A in (%*) do (
  set ARG=%%~A
  if /I not "!ARG!"=="--workspace" if not "!PREV!"=="--workspace" set APP=0
  set PREV=!ARG!
)
if "%APP%"=="1" if exist "%ROOT%app-ui\src\main\java\io\brokerlab\app\Main.java" (
  set MODULE=app-ui
  set MAIN=io.brokerlab.app.Main
)

set JAR=
for %%J in ("%ROOT%%MODULE%\target\%MODULE%-*-SNAPSHOT.jar" "%ROOT%%MODULE%\target\%MODULE%-?.?.?.jar") do if exist "%%~fJ" set JAR=%%~fJ
if not defined JAR goto build
if not exist "%ROOT%%MODULE%\target\classpath.txt" goto build
if "%MODULE%"=="app-ui" if not exist "%ROOT%app-ui\target\java-options.txt" goto build
goto run

:build
echo brokerlab: building (first run)... 1>&2
pushd "%ROOT%"
call mvn -B -q -DskipTests package 1>&2 || (popd & exit /b 1)
popd
for %%J in ("%ROOT%%MODULE%\target\%MODULE%-*-SNAPSHOT.jar" "%ROOT%%MODULE%\target\%MODULE%-?.?.?.jar") do if exist "%%~fJ" set JAR=%%~fJ

:run
set /p CP=<"%ROOT%%MODULE%\target\classpath.txt"
rem the app's JVM options (app.java.options in pom.xml), one line
if "%MODULE%"=="app-ui" set /p JOPTS=<"%ROOT%app-ui\target\java-options.txt"
"%JAVA%" %JOPTS% -cp "%JAR%;%CP%" %MAIN% %*
