using System.Globalization;

namespace Circulair.Bench;

/// <summary>What /proc says of a running process (Linux): its CPU time and resident memory.</summary>
internal static class ProcessStats
{
    /// <summary>User + system CPU time of a process in seconds, from /proc/PID/stat (clock ticks of 1/100 s).</summary>
    public static double CpuSeconds(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // After the command name: state is field 3, utime field 14 and stime field 15 (1-based over the whole line).
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }

    /// <summary>Resident set size in MB, from /proc/PID/status.</summary>
    public static double Rss(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }
}
