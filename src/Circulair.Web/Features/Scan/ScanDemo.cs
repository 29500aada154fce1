using Circulair.Persistence;
using Circulair.Reference;
using Circulair.Scan;
using Circulair.Web.Platform.Demo;

namespace Circulair.Web.Features.Scan;

/// <summary>
/// The scan of "Demostad": three illustrative datasets (jobs per NACE division with a fictional Flemish
/// benchmark, household waste per fraction, CO2 per sector), each named and noted "fictief voorbeeld", the
/// entered population, a worked ranking with the qualitative inputs of every domain and a shortlist of two.
/// The figures are invented to look plausible for a town of about 48,000; they describe no real municipality.
/// </summary>
public sealed class ScanDemo(IObservationBulkWriter writer) : IDemoContent
{
    public const string Marker = "fictief voorbeeld";

    public int Order => 50;

    private static readonly (string Code, int Demo, int Flanders)[] Jobs =
    [
        ("01", 420, 28000), ("10", 1350, 62000), ("16", 180, 9000), ("22", 240, 18000), ("25", 610, 45000), ("28", 520, 30000),
        ("33", 150, 12000), ("38", 210, 14000), ("41", 980, 60000), ("42", 520, 25000), ("43", 1450, 110000), ("45", 430, 40000),
        ("46", 1250, 160000), ("47", 1900, 190000), ("49", 820, 75000), ("52", 640, 60000), ("56", 780, 90000), ("62", 410, 70000),
        ("68", 150, 15000), ("71", 380, 45000), ("77", 90, 12000), ("81", 560, 80000), ("84", 1150, 150000), ("85", 1650, 230000),
        ("86", 1500, 200000), ("87", 900, 95000), ("88", 1200, 130000), ("95", 60, 5000),
    ];

    private static readonly (string Code, double Tonnes)[] Waste =
    [
        ("restafval", 6800), ("verpakkingsglas", 1500), ("papier-karton", 2900), ("pmd", 850), ("gft", 3400), ("groenafval", 4200),
        ("textiel", 350), ("bouw-sloopafval", 3600), ("houtafval", 1900), ("aeea", 420), ("kga", 95), ("metalen", 380),
        ("kunststoffen", 310), ("vlakglas", 60), ("olien-vetten", 40),
    ];

    private static readonly (string Code, double Tonnes)[] Co2 =
    [
        ("huishoudens", 98000), ("tertiair", 46000), ("industrie-niet-ets", 61000), ("transport", 88000), ("landbouw", 21000), ("eigen-gebouwen-vloot", 3100),
    ];

    public async Task AddAsync(CirculairDbContext db, DemoContext demo, CancellationToken ct)
    {
        var org = demo.Organisation.Id;
        var now = demo.Now;
        var profile = new ScanProfile(org);
        profile.SetAreas([AreaRegistry.OwnAreaCode], []);
        db.ScanProfiles.Add(profile);
        foreach (var (year, people) in new[] { (2019, 47210), (2020, 47480), (2021, 47690), (2022, 48020), (2023, 48350) })
        {
            db.ScanPopulations.Add(new ScanPopulation(org, year, people));
        }

        var jobs = await DatasetAsync(db, demo, "Tewerkstelling per sector (fictief voorbeeld)", DatasetKind.Tewerkstelling, CategoryScheme.NaceBel2008,
            [.. Years(2019, 2023).SelectMany(y => Jobs.SelectMany((j, i) => new[]
            {
                new ObservationRow(org, 0, AreaRegistry.OwnAreaCode, y, j.Code, Math.Round(j.Demo * Trend(y, 2023, 0.004 * ((i % 5) - 1))), Units.Jobs),
                new ObservationRow(org, 0, AreaRegistry.FlemishRegionCode, y, j.Code, Math.Round(j.Flanders * Trend(y, 2023, 0.006)), Units.Jobs),
            }))], ct);
        var waste = await DatasetAsync(db, demo, "Huishoudelijk afval per fractie (fictief voorbeeld)", DatasetKind.Huishoudafval, CategoryScheme.OvamWasteFractions,
            [.. Years(2019, 2023).SelectMany(y => Waste.Select((w, i) => new ObservationRow(org, 0, AreaRegistry.OwnAreaCode, y, w.Code,
                Math.Round(w.Tonnes * Trend(y, 2023, w.Code == "restafval" ? -0.03 : 0.01 * ((i % 3) - 1)), 1), Units.Tonnes)))], ct);
        var co2 = await DatasetAsync(db, demo, "CO2-uitstoot per sector (fictief voorbeeld)", DatasetKind.Co2Uitstoot, CategoryScheme.VekaCo2Sectors,
            [.. Years(2015, 2022).SelectMany(y => Co2.Select(c => new ObservationRow(org, 0, AreaRegistry.OwnAreaCode, y, c.Code, Math.Round(c.Tonnes * Trend(y, 2022, -0.02)), Units.TonnesCo2)))], ct);
        _ = (jobs, waste, co2);

        var notes = new Dictionary<string, (string? Survey, string[] Strategies, string? Inner, int? Social, string? Trends, string? Synergies, string? Reason)>
        {
            ["gebouwde-omgeving"] = ("Bouwbedrijven in de bevraging willen vaker materialen hergebruiken, maar missen een plek om ze op te slaan (fictief voorbeeld).",
                ["R3", "R4", "R5"], "Onderhoud en renovatie van het eigen patrimonium en van sociale woningen; een lokale materialenbank.", 4,
                "Strengere regels voor sloopinventarissen; meer renovatie door de klimaatdoelen.", "Renovatiestrategie en klimaatplan van de gemeente.",
                "Veel bouwjobs (boven het Vlaamse aandeel) en veel bouw- en sloopafval; de gemeente bouwt zelf en kan circulair aanbesteden (fictief voorbeeld)."),
            ["consumentengoederen"] = ("Inwoners vragen een herstelpunt in het centrum (fictief voorbeeld).", ["R2", "R3", "R4"],
                "Repair café en kringwinkel bundelen; uitleendienst voor gereedschap.", 5, "Uitgebreide producentenverantwoordelijkheid voor textiel.",
                "Lokaal materialenplan: minder restafval per inwoner.", "Restafval is de grootste fractie en daalt te traag; veel sociale-economiepotentieel (fictief voorbeeld)."),
            ["bio-economie"] = ("Scholen willen minder voedselverlies in de refter (fictief voorbeeld).", ["R2", "R8"], "Overschotten herverdelen via het sociaal restaurant.", 3,
                "Gft-inzameling wordt overal verplicht.", "Voedselstrategie van de regio.", null),
            ["industrie"] = (null, ["R5", "R6"], null, 2, null, "Ruimtelijk plan voor het bedrijventerrein.", null),
            ["andere"] = (null, ["R1"], "Deelwagens aan de sociale woonwijk.", null, "Elektrificatie van de vloot.", "Mobiliteitsplan.", null),
            ["logistiek"] = (null, [], null, null, null, null, null),
            ["onderwijs"] = ("De hogeschool zoekt praktijkprojecten (fictief voorbeeld).", ["R4"], null, null, null, null, null),
            ["ict"] = (null, [], null, null, null, null, null),
            ["overheid"] = (null, ["R1", "R2"], "Circulair aankopen van meubilair en IT.", null, null, "Aankoopbeleid van de gemeente.", null),
        };
        foreach (var d in ActionDomains.All)
        {
            var a = new ScanDomainAssessment(org, d.Code);
            var n = notes[d.Code];
            a.Describe(n.Survey, n.Strategies, n.Inner, n.Social, n.Trends, n.Synergies, null);
            if (n.Reason is not null)
            {
                a.MarkPromising(n.Reason, now);
            }
            db.ScanDomainAssessments.Add(a);
        }
        await db.SaveChangesAsync(ct);
    }

    private static IEnumerable<int> Years(int from, int to) => Enumerable.Range(from, to - from + 1);

    private static double Trend(int year, int last, double perYear) => Math.Pow(1 + perYear, year - last);

    /// <summary>Creates a dataset with its figures the way an import leaves it, including the (completed) import record.</summary>
    private async Task<ScanDataset> DatasetAsync(CirculairDbContext db, DemoContext demo, string name, DatasetKind kind, CategoryScheme scheme, List<ObservationRow> rows, CancellationToken ct)
    {
        var org = demo.Organisation.Id;
        var dataset = new ScanDataset(org, name, kind, scheme, "Circulair (" + Marker + ")", demo.Now);
        dataset.Describe(name, kind, scheme, "Circulair (" + Marker + ")", null, "CC0 (" + Marker + ")", DateOnly.FromDateTime(demo.Now),
            "Fictief voorbeeld: verzonnen cijfers voor de demogemeente Demostad, in de vorm van een export uit Provincies in Cijfers. Niet gebruiken als echte cijfers.");
        dataset.MarkIllustrative();
        db.ScanDatasets.Add(dataset);
        await db.SaveChangesAsync(ct);

        var import = new ScanImport(org, demo.Coordinator.Id, dataset.Id, Slug(name) + ".csv", rows.Count * 30L, Import.UploadStore.NewName(), ImportFileKind.Csv, demo.Now, demo.Now);
        import.StartValidation();
        var years = rows.GroupBy(r => r.Year).OrderBy(g => g.Key).ToList();
        import.RecordValidation(rows.Count, 0, 0, years.Select(g => g.Key), rows.Select(r => r.AreaCode).Distinct().Count(), rows.Select(r => r.CategoryCode).Distinct().Count());
        import.Confirm(demo.Now);
        import.Complete(new ImportChangeReport([.. years.Select(g => new YearChange(g.Key, false, g.Count(), 0, 0, 0, []))]).ToJson(), demo.Now);
        db.ScanImports.Add(import);
        await db.SaveChangesAsync(ct);

        await writer.WriteAsync(db, rows.Select(r => r with { ScanDatasetId = dataset.Id }), ct);
        foreach (var code in rows.Select(r => r.CategoryCode).Distinct())
        {
            db.ScanDatasetCategories.Add(new ScanDatasetCategory(org, dataset.Id, code, null));
        }
        foreach (var g in years)
        {
            var y = new ScanDatasetYear(org, dataset.Id, g.Key);
            y.Replace(g.Count(), g.Select(r => r.AreaCode).Distinct(), import.Id, demo.Now);
            db.ScanDatasetYears.Add(y);
        }
        dataset.RecordContents(rows.Count, years[0].Key, years[^1].Key, demo.Now);
        await db.SaveChangesAsync(ct);
        return dataset;
    }

    private static string Slug(string name) => Circulair.Organisations.Slug.From(name);
}
