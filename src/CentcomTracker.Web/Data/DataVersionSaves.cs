using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CentcomTracker.Web.Data;

/// <summary>Tells the <see cref="DataVersionWatch"/> when this app has written: after every save and every commit.</summary>
public sealed class DataVersionSaves(DataVersionWatch watch) : DbTransactionInterceptor, ISaveChangesInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => watch.Forget();

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        watch.Forget();
        return Task.CompletedTask;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        watch.Forget();
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        watch.Forget();
        return ValueTask.FromResult(result);
    }
}
