using Circulair.Persistence;

namespace Circulair.Scan;

/// <summary>One figure on its way into the database.</summary>
public readonly record struct ObservationRow(int OrganisationId, int ScanDatasetId, string AreaCode, int Year, string CategoryCode, double Value, string Unit);

/// <summary>
/// Writes many figures fast, inside the DbContext's current transaction and outside its change tracker. One
/// implementation per database provider (PostgreSQL binary COPY, SQLite prepared multi-row inserts); the import
/// and the benchmark both go through it. It raises the data version of the organisations whose figures it wrote
/// (<see cref="Organisations.OrganisationDataVersion"/>) in the same transaction, so callers need not.
/// </summary>
public interface IObservationBulkWriter
{
    Task<long> WriteAsync(CirculairDbContext db, IEnumerable<ObservationRow> rows, CancellationToken ct);
}
