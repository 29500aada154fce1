using System.Diagnostics;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Reference;
using Circulair.Scan;
using Circulair.Web.Platform.OpenXml;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Scan.Import;

/// <summary>
/// The two passes of an import. <see cref="ValidateAsync"/> streams the file once, checks every row
/// (<see cref="ImportChecker"/>) and stages the figures that pass in a compact binary file beside the upload;
/// nothing touches the figures table. <see cref="CommitAsync"/>, after the person confirms a fully valid
/// import, replaces the dataset's years that the file holds, in one transaction: it compares old and new
/// figures (for the change report), deletes the old years and bulk-writes the staged figures.
/// </summary>
public sealed class ImportRunner(CirculairDbContext db, UploadStore store, IObservationBulkWriter writer, TimeProvider clock, ImportLeases leases)
{
    private const int ProgressEvery = 50_000;
    private const int RecordSize = 4 + 2 + 4 + 8 + 2 + 4;

    public async Task ValidateAsync(int importId, CancellationToken ct)
    {
        var import = await db.ScanImports.SingleAsync(i => i.Id == importId, ct);
        if (import.Status != ScanImportStatus.Validating)
        {
            return;
        }
        await leases.TakeAsync(db, importId, ct);
        var dataset = await db.ScanDatasets.SingleAsync(d => d.Id == import.ScanDatasetId && d.OrganisationId == import.OrganisationId, ct);
        var own = await db.ScanCategoryMappings.Where(m => m.OrganisationId == import.OrganisationId && m.Scheme == dataset.Scheme)
            .ToDictionaryAsync(m => m.SourceCode, m => m.TargetCode, StringComparer.Ordinal, ct);
        var resolver = new CategoryResolver(CategoryCatalog.For(dataset.Scheme), own);
        var mapping = import.Mapping;
        var settings = ReadSettings.Of(import);
        var staged = store.StagedPath(import.StoredName);
        ImportChecker? checker = null;
        var fileProblems = new List<ImportProblem>();
        IReadOnlyList<string> header = [];
        var lastProgress = Stopwatch.StartNew();
        (long Number, int Cells) lastRow = (0, 0);

        try
        {
            await using (var output = new FileStream(staged, FileMode.Create, FileAccess.Write, FileShare.None, 0))
            using (var binary = new StagedWriter(output))
            using (var reader = TableReader.Open(store.PathOf(import.StoredName), settings.Table))
            {
                long rows = 0;
                foreach (var row in reader.Rows(note => fileProblems.Add(CellNotes.ToProblem(note)), import.HeaderRow))
                {
                    ct.ThrowIfCancellationRequested();
                    if (row.Number < import.HeaderRow)
                    {
                        continue;
                    }
                    if (row.Number == import.HeaderRow)
                    {
                        header = [.. row.Cells.Select(c => c?.Trim() ?? "")];
                        checker = NewChecker(mapping, header, import.HeaderRow, dataset, resolver, settings.Numbers, binary);
                        continue;
                    }
                    checker ??= NewChecker(mapping, header, import.HeaderRow, dataset, resolver, settings.Numbers, binary);
                    checker.CheckRow(row.Number, row.Cells);
                    if (row.Cells.Any(c => !string.IsNullOrWhiteSpace(c)))
                    {
                        lastRow = (row.Number, row.Cells.Length);
                    }
                    if (++rows % ProgressEvery == 0 && lastProgress.ElapsedMilliseconds > 500)
                    {
                        var (bytes, done) = (reader.BytesRead, rows);
                        await db.ScanImports.Where(i => i.Id == importId).ExecuteUpdateAsync(s => s.SetProperty(i => i.ProcessedBytes, bytes).SetProperty(i => i.ProcessedRows, done), ct);
                        await OrganisationDataVersion.RaiseAsync(db, import.OrganisationId, ct);
                        lastProgress.Restart();
                    }
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or System.Xml.XmlException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or CsvHelper.CsvHelperException)
        {
            store.DeleteSideFiles(import.StoredName);
            import.Fail("Scan.Import.Error.Unreadable", e.Message);
            await db.SaveChangesAsync(ct);
            return;
        }
        checker ??= NewChecker(mapping, header, import.HeaderRow, dataset, resolver, settings.Numbers, null);
        if (checker.HasDuplicatesWithoutFirstRow && File.Exists(staged))
        {
            // Duplicates of keys met after the first rows kept in memory: their first row is in the staged file.
            checker.FindFirstRows(ReadStaged(staged));
        }
        foreach (var p in fileProblems)
        {
            checker.AddProblem(p);
        }
        if (import.FileKind == ImportFileKind.Csv && lastRow.Number > 0 && lastRow.Cells < header.Count(h => h.Length > 0) && !EndsWithLineBreak(store.PathOf(import.StoredName)))
        {
            checker.AddProblem(new ImportProblem(lastRow.Number, 0, ImportProblemKind.Truncated, null));
        }
        var report = new ImportReport
        {
            Header = header,
            HeaderRow = import.HeaderRow,
            RowCount = checker.RowCount,
            Problems = [.. checker.Problems.OrderBy(p => p.Row).ThenBy(p => p.Column)],
            ProblemCount = checker.ProblemCount,
            ProblemsByKind = checker.ProblemsByKind,
            UnknownCategories = [.. checker.UnknownCategories.Select(u => new UnknownCategoryText(u.Key, u.Value.Label, u.Value.FirstRow, u.Value.Column, u.Value.Count)).OrderBy(u => u.FirstRow)],
            Categories = [.. checker.Categories.Select(c => new ReportCategory(c.Code, c.Label))],
            Units = checker.Units,
            Years = [.. checker.Years.Select(y => new ReportYear(y.Key, y.Value.Count, [.. y.Value.Areas.Select(a => AreaRegistry.Instance.ByIndex(a).Code).Order(StringComparer.Ordinal)]))],
        };
        report.Save(store.ReportPath(import.StoredName));
        if (checker.ProblemCount > 0)
        {
            File.Delete(staged);
        }
        import.ReportProgress(new FileInfo(store.PathOf(import.StoredName)).Length, checker.RowCount);
        import.RecordEmptyCells(checker.EmptyCount);
        import.RecordValidation(checker.ObservationCount, checker.ProblemCount, checker.SkippedCount, checker.Years.Keys,
            checker.Years.Values.SelectMany(y => y.Areas).Distinct().Count(), checker.Categories.Count);
        await db.SaveChangesAsync(ct);
    }

    private static ImportChecker NewChecker(ImportMapping mapping, IReadOnlyList<string> header, long headerRow, ScanDataset dataset, CategoryResolver resolver, NumberFormat numbers, StagedWriter? binary)
    {
        var checker = new ImportChecker(mapping, header, headerRow, dataset.Kind, resolver, numbers, dataset.Kind.DefaultUnit());
        if (binary is not null)
        {
            checker.OnObservation = binary.Write;
            checker.OnEmpty = binary.Write;
        }
        return checker;
    }

    /// <summary>
    /// Whether a text file's last byte is a line break. A file cut off in the middle of its last row has none; with
    /// fewer cells than the header that row is refused rather than read as a row with empty cells.
    /// </summary>
    private static bool EndsWithLineBreak(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        if (stream.Length == 0)
        {
            return true;
        }
        stream.Seek(-1, SeekOrigin.End);
        return stream.ReadByte() is '\n' or '\r';
    }

    public async Task CommitAsync(int importId, CancellationToken ct)
    {
        var import = await db.ScanImports.SingleAsync(i => i.Id == importId, ct);
        if (import.Status != ScanImportStatus.Importing)
        {
            return;
        }
        await leases.TakeAsync(db, importId, ct);
        var dataset = await db.ScanDatasets.SingleAsync(d => d.Id == import.ScanDatasetId && d.OrganisationId == import.OrganisationId, ct);
        var report = ImportReport.Load(store.ReportPath(import.StoredName)) ?? throw new InvalidOperationException("Import report missing.");
        var stagedPath = store.StagedPath(import.StoredName);
        var now = clock.GetUtcNow().UtcDateTime;
        if (!File.Exists(stagedPath))
        {
            // Checked before an upgrade changed the staged layout (decision 0410), or its files were swept: nothing is
            // written, and the person starts again.
            import.Fail("Scan.Import.Error.Interrupted");
            await db.SaveChangesAsync(ct);
            store.Delete(import.StoredName);
            return;
        }
        var years = report.Years.Select(y => y.Year).ToList();
        var areas = AreaRegistry.Instance;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var yearRows = await db.ScanDatasetYears.Where(y => y.ScanDatasetId == dataset.Id && years.Contains(y.Year)).ToListAsync(ct);
        var replaced = yearRows.Select(y => y.Year).ToList();

        // Old figures of the years being replaced, keyed compactly, to report what changes. They are held in memory a
        // batch of years at a time (at most DefaultOldFiguresPerPass figures, and at least one year), each batch with its own
        // pass over the staged file, so that replacing the years of a 10 M-figure dataset needs no more memory than
        // replacing those of a 1 M one (decision 0410). A dataset of up to a million figures is one pass, as before.
        var categoryCodes = report.Categories.Select(c => c.Code).ToList();
        var categoryIndex = categoryCodes.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        var oldUnits = new List<string>();
        var oldUnitIndex = new Dictionary<string, int>(StringComparer.Ordinal);

        var tallies = years.ToDictionary(y => y, y => new Tally(replaced.Contains(y)));
        var tallyOfYear = new Tally?[256]; // by year - 1900, as in Key(): a lookup per figure without hashing
        foreach (var (year, tally) in tallies)
        {
            tallyOfYear[year - 1900] = tally;
        }
        var organisationId = import.OrganisationId;
        var units = report.Units;
        var clearEmpty = import.EmptyCellsClear;
        var batches = YearBatches(yearRows.Select(y => (y.Year, y.ObservationCount)), OldFiguresPerPass);
        // Sized once for the largest batch and cleared between passes, not grown and trimmed in each: growing a dictionary
        // of a million figures doubles its arrays on the large-object heap again and again, and those are only freed by
        // a full collection, which took a 10 M re-import 140 MB above the first import (docs/performance.md).
        var perYear = yearRows.ToDictionary(y => y.Year, y => y.ObservationCount);
        var largest = batches.Max(b => b.Sum(y => perYear.GetValueOrDefault(y)));
        var old = new Dictionary<long, (double Value, int Unit)>((int)Math.Min(largest, Array.MaxLength / 2));

        for (var pass = 0; pass < batches.Count; pass++)
        {
            var batch = batches[pass];
            // The first pass also writes the years the dataset does not have yet.
            var inPass = new bool[256];
            foreach (var year in pass == 0 ? years.Where(y => !replaced.Contains(y)).Concat(batch) : batch)
            {
                inPass[year - 1900] = true;
            }
            if (batch.Count > 0)
            {
                await foreach (var o in db.ScanObservations.AsNoTracking()
                    .Where(o => o.ScanDatasetId == dataset.Id && batch.Contains(o.Year))
                    .Select(o => new { o.AreaCode, o.Year, o.CategoryCode, o.Value, o.Unit })
                    .AsAsyncEnumerable().WithCancellation(ct))
                {
                    if (areas.Find(o.AreaCode) is not { } area)
                    {
                        continue;
                    }
                    if (!categoryIndex.TryGetValue(o.CategoryCode, out var c))
                    {
                        c = categoryCodes.Count;
                        categoryCodes.Add(o.CategoryCode);
                        categoryIndex[o.CategoryCode] = c;
                    }
                    if (!oldUnitIndex.TryGetValue(o.Unit, out var u))
                    {
                        u = oldUnits.Count;
                        oldUnits.Add(o.Unit);
                        oldUnitIndex[o.Unit] = u;
                    }
                    old[Key(area.Index, o.Year, c)] = (o.Value, u);
                }
                // Only years the dataset already has can hold figures (their ScanDatasetYears row is written with them).
                await db.ScanObservations.Where(o => o.ScanDatasetId == dataset.Id && batch.Contains(o.Year)).ExecuteDeleteAsync(ct);
            }

            // One pass over the staged figures: each of this pass's years is counted against the old figures (held in
            // memory above, so the delete does not disturb the count) as the writer takes it.
            IEnumerable<ObservationRow> Counted()
            {
                foreach (var s in ReadStaged(stagedPath))
                {
                    if (!inPass[s.Year - 1900])
                    {
                        continue;
                    }
                    if (double.IsNaN(s.Value))
                    {
                        // An empty cell: the stored figure stays unless the person chose to clear empty cells (then it
                        // is left in `old` and counted as removed below). A year with only empty cells is not replaced.
                        if (clearEmpty || tallyOfYear[s.Year - 1900] is not { } keptIn || !old.Remove(Key(s.AreaIndex, s.Year, s.CategoryIndex), out var kept))
                        {
                            continue;
                        }
                        keptIn.Keep(s.AreaIndex);
                        yield return new ObservationRow(organisationId, dataset.Id, areas.ByIndex(s.AreaIndex).Code, s.Year, categoryCodes[s.CategoryIndex], kept.Value, oldUnits[kept.Unit]);
                        continue;
                    }
                    var t = tallyOfYear[s.Year - 1900]!;
                    if (old.Count > 0 && old.Remove(Key(s.AreaIndex, s.Year, s.CategoryIndex), out var beforeFigure))
                    {
                        var before = beforeFigure.Value;
                        if (before.Equals(s.Value))
                        {
                            t.Unchanged++;
                        }
                        else
                        {
                            t.Changed++;
                            t.Example(new ChangedFigure(areas.ByIndex(s.AreaIndex).Code, categoryCodes[s.CategoryIndex], before, s.Value));
                        }
                    }
                    else
                    {
                        t.Added++;
                        if (t.Replaced)
                        {
                            t.Example(new ChangedFigure(areas.ByIndex(s.AreaIndex).Code, categoryCodes[s.CategoryIndex], null, s.Value));
                        }
                    }
                    yield return new ObservationRow(organisationId, dataset.Id, areas.ByIndex(s.AreaIndex).Code, s.Year, categoryCodes[s.CategoryIndex], s.Value, units[s.UnitIndex]);
                }
            }
            await writer.WriteAsync(db, Counted(), ct);
            foreach (var (key, value) in old)
            {
                var (area, year, category) = Unpack(key);
                var t = tallies[year];
                t.Removed++;
                t.Example(new ChangedFigure(areas.ByIndex(area).Code, categoryCodes[category], value.Value, null));
            }
            old.Clear();
        }

        var known = await db.ScanDatasetCategories.Where(c => c.ScanDatasetId == dataset.Id).ToDictionaryAsync(c => c.Code, StringComparer.Ordinal, ct);
        foreach (var c in report.Categories)
        {
            if (known.TryGetValue(c.Code, out var existing))
            {
                if (c.Label is not null && existing.Label != c.Label)
                {
                    existing.Relabel(c.Label);
                }
            }
            else
            {
                db.ScanDatasetCategories.Add(new ScanDatasetCategory(organisationId, dataset.Id, c.Code, c.Label));
            }
        }
        foreach (var y in report.Years)
        {
            var row = yearRows.FirstOrDefault(r => r.Year == y.Year);
            if (row is null)
            {
                row = new ScanDatasetYear(organisationId, dataset.Id, y.Year);
                db.ScanDatasetYears.Add(row);
            }
            var tally = tallies[y.Year];
            row.Replace(y.Count + tally.Kept, tally.KeptAreas.Count == 0 ? y.Areas : [.. y.Areas.Union(tally.KeptAreas.Select(a => areas.ByIndex(a).Code)).Order(StringComparer.Ordinal)], import.Id, now);
        }
        await db.SaveChangesAsync(ct);
        var all = await db.ScanDatasetYears.Where(y => y.ScanDatasetId == dataset.Id).Select(y => new { y.Year, y.ObservationCount }).ToListAsync(ct);
        dataset.RecordContents(all.Sum(y => y.ObservationCount), all.Count == 0 ? null : all.Min(y => y.Year), all.Count == 0 ? null : all.Max(y => y.Year), now);
        var change = new ImportChangeReport([.. tallies.OrderBy(t => t.Key).Select(t => t.Value.ToYearChange(t.Key))]);
        import.Complete(change.ToJson(), now);
        if (Circulair.Monitoring.ScanFeedRules.Feeds.Values.Contains(dataset.Kind))
        {
            // The adopted standard indicators follow their dataset, in the same transaction (issue 15 item 4).
            await Monitoring.ScanFeed.RunAsync(db, organisationId, now, ct);
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        store.Delete(import.StoredName);
    }

    /// <summary>At most this many old figures are held in memory at once while years are replaced (about 40 MB).</summary>
    internal const long DefaultOldFiguresPerPass = 1_000_000;

    /// <summary><see cref="DefaultOldFiguresPerPass"/>; smaller in tests, to make several passes over a small file.</summary>
    internal long OldFiguresPerPass { get; init; } = DefaultOldFiguresPerPass;

    /// <summary>
    /// The replaced years in batches of at most <paramref name="limit"/> old figures (a year with more is a batch of
    /// its own), in year order; always at least one batch, empty when no year is replaced.
    /// </summary>
    internal static List<List<int>> YearBatches(IEnumerable<(int Year, long Figures)> replaced, long limit)
    {
        var batches = new List<List<int>> { new() };
        long inBatch = 0;
        foreach (var (year, figures) in replaced.OrderBy(y => y.Year))
        {
            if (batches[^1].Count > 0 && inBatch + figures > limit)
            {
                batches.Add([]);
                inBatch = 0;
            }
            batches[^1].Add(year);
            inBatch += figures;
        }
        return batches;
    }

    private static long Key(int area, int year, int category) => ((long)category << 18) | ((long)(year - 1900) << 10) | (uint)area;

    private static (int Area, int Year, int Category) Unpack(long key) => ((int)(key & 0x3FF), (int)((key >> 10) & 0xFF) + 1900, (int)(key >> 18));

    /// <summary>Reads the staged figures back, a block of records at a time.</summary>
    internal static IEnumerable<StagedObservation> ReadStaged(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 0, FileOptions.SequentialScan);
        var count = stream.Length / RecordSize;
        var block = new byte[RecordSize * 4096];
        for (long done = 0; done < count;)
        {
            var records = (int)Math.Min(count - done, block.Length / RecordSize);
            stream.ReadExactly(block, 0, records * RecordSize);
            for (var i = 0; i < records; i++)
            {
                yield return StagedWriter.Decode(block.AsSpan(i * RecordSize, RecordSize));
            }
            done += records;
        }
    }

    /// <summary>
    /// Writes staged figures as fixed 24-byte little-endian records (area index, year, category index, value, unit
    /// index, row) through a block buffer: one stream write per few thousand figures instead of five per figure. The
    /// row is there for the duplicate message only (decision 0410); rows beyond 2^32 are stored as 2^32 − 1.
    /// </summary>
    internal sealed class StagedWriter(Stream stream) : IDisposable
    {
        private readonly byte[] _block = new byte[RecordSize * 4096];
        private int _used;

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        public void Write(StagedObservation o)
        {
            if (_used == _block.Length)
            {
                Flush();
            }
            var span = _block.AsSpan(_used, RecordSize);
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(span, o.AreaIndex);
            System.Buffers.Binary.BinaryPrimitives.WriteInt16LittleEndian(span[4..], (short)o.Year);
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(span[6..], o.CategoryIndex);
            System.Buffers.Binary.BinaryPrimitives.WriteDoubleLittleEndian(span[10..], o.Value);
            System.Buffers.Binary.BinaryPrimitives.WriteInt16LittleEndian(span[18..], (short)o.UnitIndex);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(span[20..], (uint)Math.Min(o.Row, uint.MaxValue));
            _used += RecordSize;
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        public static StagedObservation Decode(ReadOnlySpan<byte> span) => new(
            System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(span),
            System.Buffers.Binary.BinaryPrimitives.ReadInt16LittleEndian(span[4..]),
            System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(span[6..]),
            System.Buffers.Binary.BinaryPrimitives.ReadDoubleLittleEndian(span[10..]),
            System.Buffers.Binary.BinaryPrimitives.ReadInt16LittleEndian(span[18..]),
            System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(span[20..]));

        public void Flush()
        {
            stream.Write(_block, 0, _used);
            _used = 0;
        }

        public void Dispose() => Flush();
    }

    private sealed class Tally(bool replaced)
    {
        private readonly List<ChangedFigure> _examples = [];

        public bool Replaced { get; } = replaced;
        public long Added { get; set; }
        public long Removed { get; set; }
        public long Changed { get; set; }
        public long Unchanged { get; set; }
        public long Kept { get; private set; }
        public HashSet<int> KeptAreas { get; } = [];

        public void Keep(int area)
        {
            Kept++;
            KeptAreas.Add(area);
        }

        public void Example(ChangedFigure figure)
        {
            if (_examples.Count < 20)
            {
                _examples.Add(figure);
            }
        }

        public YearChange ToYearChange(int year) => new(year, Replaced, Added, Removed, Changed, Unchanged, _examples, Kept);
    }
}
