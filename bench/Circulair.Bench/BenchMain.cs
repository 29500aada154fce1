namespace Circulair.Bench;

/// <summary>
/// bench/run's, bench/scan's, bench/workshop's and bench/pages' helper, and the reports', archive's, library's, regions', owners' mails' and heavy operations' timings. Thirteen commands:
/// <code>
/// seed  --provider Sqlite|PostgreSql --connection "…" --organisations 200 --users 2000 --out seed.env
/// limit --file page.html --content-type "text/html; charset=utf-8" --urls http://127.0.0.1:5001
/// report --results bench/results/RUN --doc docs/performance.md
/// scan  --provider Sqlite|PostgreSql --connection "…" --folder DIR [--rounds 3] [--requests 25] [--out block.md]
/// heavy --provider Sqlite|PostgreSql --connection "…" --folder DIR [--rows 1003200] [--fill 95] [--out block.md]
/// archive --provider Sqlite|PostgreSql --connection "…" --folder DIR [--actions 1000] [--rounds 3] [--out block.md]
/// workshop --urls http://127.0.0.1:5001[,http://127.0.0.1:5002] --pids 123[,456] --email E --password P [--voters 300] [--streams 2000]
/// regions --provider Sqlite|PostgreSql --connection "…" --folder DIR [--members 285] [--indicators 10] [--years 10] [--requests 20] [--out block.md]
/// pages --provider Sqlite|PostgreSql --connection "…" --folder DIR [--scale small|full] [--figures N] [--requests N] [--out block.md]
/// reports --provider Sqlite|PostgreSql --connection "…" --folder DIR [--actions 1000] [--requests 10] [--out block.md]
/// library --provider Sqlite|PostgreSql --connection "…" --folder DIR [--items 5000] [--requests 30] [--out block.md]
/// reminders --connection "Host=…;Database=…" --folder DIR [--organisations 300] [--actions 20000] [--per-owner 5] [--instances 2] [--out block.md]
/// mix --provider Sqlite|PostgreSql --connection "…" --urls http://127.0.0.1:5001[,…] --pids 123[,…] [--readers 200] [--editors 20] [--organisations 20] [--duration 60] [--warmup 10] [--think 1000] [--out block.md]
/// </code>
/// </summary>
public static class BenchMain
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0)
        {
            return Usage();
        }
        var options = Options.Parse(args[1..]);
        try
        {
            return args[0] switch
            {
                "seed" => await Seeder.RunAsync(options),
                "limit" => await LimitServer.RunAsync(options),
                "report" => await Report.RunAsync(options),
                "scan" => await ScanBench.RunAsync(options),
                "heavy" => await ScanBench.RunHeavyAsync(options),
                "workshop" => await WorkshopLoad.RunAsync(options),
                "mix" => await MixBench.RunAsync(options),
                "reports" => await ReportBench.RunAsync(options),
                "archive" => await ArchiveBench.RunAsync(options),
                "regions" => await RegionBench.RunAsync(options),
                "pages" => await PagesBench.RunAsync(options),
                "library" => await LibraryBench.RunAsync(options),
                "reminders" => await RemindersBench.RunAsync(options),
                _ => Usage(),
            };
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: Circulair.Bench seed --provider Sqlite|PostgreSql --connection CS [--organisations N] [--users N] [--out FILE]");
        Console.Error.WriteLine("       Circulair.Bench limit --file FILE --content-type TYPE --urls URL");
        Console.Error.WriteLine("       Circulair.Bench report --results DIR [--doc docs/performance.md]");
        Console.Error.WriteLine("       Circulair.Bench scan --provider Sqlite|PostgreSql --connection CS --folder DIR [--rounds N] [--requests N] [--out FILE]");
        Console.Error.WriteLine("       Circulair.Bench heavy --provider Sqlite|PostgreSql --connection CS --folder DIR [--rows 1003200] [--fill 95] [--out FILE]");
        Console.Error.WriteLine("       Circulair.Bench reports --provider Sqlite|PostgreSql --connection CS --folder DIR [--actions 1000] [--requests 10] [--out FILE]");
        Console.Error.WriteLine("       Circulair.Bench archive --provider Sqlite|PostgreSql --connection CS --folder DIR [--actions 1000] [--rounds 3] [--out FILE]");
        Console.Error.WriteLine("       Circulair.Bench regions --provider Sqlite|PostgreSql --connection CS --folder DIR [--members 285] [--indicators 10] [--years 10] [--requests 20] [--out FILE]");
        Console.Error.WriteLine("       Circulair.Bench pages --provider Sqlite|PostgreSql --connection CS --folder DIR [--scale small|full] [--figures N] [--requests N] [--warmup N] [--max-pages N] [--only REGEX] [--out FILE]");
        Console.Error.WriteLine("       Circulair.Bench library --provider Sqlite|PostgreSql --connection CS --folder DIR [--items 5000] [--requests 30] [--out FILE]");
        Console.Error.WriteLine("       Circulair.Bench reminders --connection CS --folder DIR [--organisations 300] [--actions 20000] [--per-owner 5] [--instances 2] [--app Circulair.Web.dll] [--out FILE]");
        Console.Error.WriteLine("       Circulair.Bench mix --provider Sqlite|PostgreSql --connection CS --urls URL[,URL] --pids PID[,PID] [--readers 200] [--editors 20] [--organisations 20] [--duration 60] [--warmup 10] [--think MS] [--out FILE]");
        Console.Error.WriteLine("       Circulair.Bench workshop --urls URL[,URL] --pids PID[,PID] --email E --password P [--voters 300] [--votes-each 2] [--spread 30] [--streams 2000]");
        return 2;
    }
}

/// <summary>"--name value" pairs.</summary>
public sealed class Options
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public static Options Parse(string[] args)
    {
        var options = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"Expected --name value, got '{args[i]}'.");
            }
            options._values[args[i][2..]] = args[++i];
        }
        return options;
    }

    public string Required(string name) =>
        _values.TryGetValue(name, out var v) ? v : throw new ArgumentException($"--{name} is required.");

    public string Get(string name, string fallback) => _values.TryGetValue(name, out var v) ? v : fallback;

    public int Get(string name, int fallback) =>
        _values.TryGetValue(name, out var v) ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;
}
