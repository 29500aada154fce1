using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Circulair.Web.Tests.Platform.Database;

/// <summary>
/// EF Core's check that a context is used by one operation at a time (decision 0500): off unless
/// <c>Database:ThreadSafetyChecks</c> switches it on, and on in every test app, so that misuse still fails a test.
/// </summary>
public sealed class ThreadSafetyChecksTests(SharedApp app)
{
    [Fact]
    public async Task The_test_apps_check_that_a_context_is_used_by_one_operation_at_a_time()
    {
        Assert.True(await ChecksEnabledAsync(app));
    }

    [Fact]
    public async Task Without_the_setting_the_app_leaves_the_check_off()
    {
        await using var plain = new WithoutSettingApp();
        await plain.InitializeAsync();

        Assert.False(await ChecksEnabledAsync(plain));
    }

    private static Task<bool> ChecksEnabledAsync(CirculairFactory factory) =>
        factory.WithDbAsync((db, _) => Task.FromResult(db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()!.ThreadSafetyChecksEnabled));

    private sealed class WithoutSettingApp : CirculairFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Database:ThreadSafetyChecks"] = null };
    }
}
