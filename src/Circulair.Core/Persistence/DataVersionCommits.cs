using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Circulair.Persistence;

/// <summary>
/// Told which organisations' data versions (<see cref="Organisations.Organisation.DataVersion"/>) a context raised,
/// once the raise is committed (or its transaction ended otherwise: telling too often is harmless). The host keeps
/// the versions it has seen in memory and forgets these (decision 0172).
/// </summary>
public interface IDataVersionObserver
{
    void Committed(IReadOnlyCollection<int> organisationIds);
}

/// <summary>
/// Passes a context's raised data versions to the <see cref="IDataVersionObserver"/> when its transaction ends. A raise
/// outside any transaction is passed on at once by <see cref="CirculairDbContext"/> itself (it is committed already).
/// One instance serves every context of an app (contexts are pooled).
/// </summary>
public sealed class DataVersionCommitInterceptor(IDataVersionObserver observer) : DbTransactionInterceptor
{
    internal IDataVersionObserver Observer => observer;

    public override void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) => Flush(eventData);

    public override Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Flush(eventData);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) => Flush(eventData);

    public override Task TransactionRolledBackAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Flush(eventData);
        return Task.CompletedTask;
    }

    public override void TransactionFailed(System.Data.Common.DbTransaction transaction, TransactionErrorEventData eventData) => Flush(eventData);

    public override Task TransactionFailedAsync(System.Data.Common.DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Flush(eventData);
        return Task.CompletedTask;
    }

    private void Flush(DbContextEventData eventData) => (eventData.Context as CirculairDbContext)?.FlushRaisedVersions(observer);
}
