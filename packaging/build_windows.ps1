<#
.SYNOPSIS
    Build the Windows distribution of 诊改工作台 (zhengai): dist\zhengai\ and a zip of it.

.DESCRIPTION
    Run on a Windows 10/11 x64 machine that has Python 3.11-3.13 (python.org build,
    "Add to PATH" ticked) and uv (https://docs.astral.sh/uv/, e.g. `pip install uv`).
    From the project root, in PowerShell:

        powershell -ExecutionPolicy Bypass -File packaging\build_windows.ps1

    Steps, each stopping the script on failure:
      1. uv sync --locked     install exactly the locked dependencies into .venv
      2. pyinstaller          the same spec and command as on Linux and in CI
      3. selftest             run the built zhengai-cli.exe selftest (database,
                              resources, Qt with the bundled font, Chinese PDF)
      4. zip                  dist\zhengai-<version>-windows-x64.zip

    The folder holds two programs sharing one set of libraries:
      zhengai.exe      the window, built without a console (no black window when a
                       secretary double-clicks it); it prints nothing.
      zhengai-cli.exe  the same program as a console application, for
                       `zhengai-cli selftest` and the batch commands.

    Qt 6 needs Windows 10 (1809) or later; Windows 7 PCs cannot run this build.

.PARAMETER SkipSync
    Use .venv as it is (offline rebuilds, when `uv sync` already ran).

.PARAMETER NoZip
    Stop after the self-test.
#>
[CmdletBinding()]
param(
    [switch]$SkipSync,
    [switch]$NoZip
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

# Always work from the project root, wherever the script was started from.
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root

# Native programs do not throw in Windows PowerShell 5.1 when they fail: check
# $LASTEXITCODE after each one and stop with a readable message.
function Invoke-Step {
    param([string]$Title, [scriptblock]$Command)
    Write-Host ""
    Write-Host "=== $Title" -ForegroundColor Cyan
    $started = Get-Date
    & $Command
    if ($LASTEXITCODE -ne 0) {
        throw "$Title failed (exit code $LASTEXITCODE)."
    }
    $seconds = [int]((Get-Date) - $started).TotalSeconds
    Write-Host "--- $Title done in ${seconds}s"
}

if (-not (Get-Command uv -ErrorAction SilentlyContinue)) {
    throw 'uv was not found on PATH. Install it with "python -m pip install uv" and open a new PowerShell.'
}

# Use the Python installed on this machine; never let uv download one (a college
# network may block it, and the build should use a known interpreter).
$env:UV_PYTHON_DOWNLOADS = 'never'

if (-not $SkipSync) {
    Invoke-Step 'uv sync --locked' { uv sync --locked }
}

# --clean: no stale analysis from an earlier build; --noconfirm: replace dist\zhengai.
Invoke-Step 'PyInstaller build' { uv run pyinstaller --clean --noconfirm packaging/zhengai.spec }

$Dist = Join-Path $Root 'dist\zhengai'
$Cli = Join-Path $Dist 'zhengai-cli.exe'
foreach ($exe in @((Join-Path $Dist 'zhengai.exe'), $Cli)) {
    if (-not (Test-Path $exe)) { throw "The build did not produce $exe." }
}

# The self-test prints Chinese; a UTF-8 console shows it in any Windows language.
[Console]::OutputEncoding = [System.Text.Encoding]::UTF8
Invoke-Step 'self-test of the built program' { & $Cli selftest }

$bytes = (Get-ChildItem $Dist -Recurse -File | Measure-Object -Property Length -Sum).Sum
Write-Host ("dist\zhengai: {0:N0} MB" -f ($bytes / 1MB))

if (-not $NoZip) {
    $Version = (& $Cli --version) -replace '^.*\s', ''   # "诊改工作台 zhengai 0.1.0" -> "0.1.0"
    $Zip = Join-Path $Root "dist\zhengai-$Version-windows-x64.zip"
    if (Test-Path $Zip) { Remove-Item $Zip }
    Write-Host ""
    Write-Host "=== zip" -ForegroundColor Cyan
    # The zip holds the folder itself, so unpacking gives zhengai\zhengai.exe.
    Compress-Archive -Path $Dist -DestinationPath $Zip -CompressionLevel Optimal
    Write-Host ("{0} ({1:N0} MB)" -f $Zip, ((Get-Item $Zip).Length / 1MB))
}

Write-Host ""
Write-Host 'Build finished.' -ForegroundColor Green
