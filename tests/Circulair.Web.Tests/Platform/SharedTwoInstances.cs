[assembly: AssemblyFixture(typeof(Circulair.Web.Tests.Platform.SharedTwoInstances))]

namespace Circulair.Web.Tests.Platform;

/// <summary>
/// One pair of app processes on PostgreSQL (<see cref="TwoInstances"/>) for every test of the assembly that needs two
/// instances, started by the first of them and stopped when the assembly is done. Starting a pair costs two process
/// start-ups and a demo seeding (about 40 s of a busy CI machine); the tests that share it only read the demo and add
/// their own sessions, votes or names, so they do not disturb each other. A failed start is retried by the next test.
/// </summary>
public sealed class SharedTwoInstances : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private TwoInstances? _instances;

    internal async Task<TwoInstances> GetAsync()
    {
        await _gate.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            return _instances ??= await TwoInstances.StartAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_instances is not null)
        {
            await _instances.DisposeAsync();
        }
        _gate.Dispose();
    }
}
