using System.Globalization;
using System.Runtime;

/// <summary>
/// Loaded by the runtime before Main when named in DOTNET_STARTUP_HOOKS. Every 200 ms it overwrites the file named by
/// CIRCULAIR_PROBE_FILE with one line: methods the JIT compiled so far, their IL bytes, the JIT's time in milliseconds
/// (all threads), the GC heap size, committed bytes and the process id. Methods taken from ReadyToRun images are not counted as compiled.
/// </summary>
#pragma warning disable CA1050 // the runtime looks the hook up by this exact name, outside any namespace
internal static class StartupHook
#pragma warning restore CA1050
{
    private static Timer? _timer;

    public static void Initialize()
    {
        var file = Environment.GetEnvironmentVariable("CIRCULAIR_PROBE_FILE");
        if (string.IsNullOrEmpty(file))
        {
            return;
        }
        _timer = new Timer(_ => Write(file), null, 0, 200);
    }

    private static void Write(string file)
    {
        var info = GC.GetGCMemoryInfo();
        var line = string.Join(' ',
            JitInfo.GetCompiledMethodCount().ToString(CultureInfo.InvariantCulture),
            JitInfo.GetCompiledILBytes().ToString(CultureInfo.InvariantCulture),
            ((long)JitInfo.GetCompilationTime().TotalMilliseconds).ToString(CultureInfo.InvariantCulture),
            info.HeapSizeBytes.ToString(CultureInfo.InvariantCulture),
            info.TotalCommittedBytes.ToString(CultureInfo.InvariantCulture),
            Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        var temporary = file + ".tmp";
        File.WriteAllText(temporary, line + "\n");
        File.Move(temporary, file, overwrite: true);
    }
}
