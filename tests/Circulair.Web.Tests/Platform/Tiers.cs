namespace Circulair.Web.Tests.Platform;

/// <summary>
/// The Web tests run twice, once per database tier (scripts/test: SQLite, then CIRCULAIR_TEST_DATABASE=PostgreSql).
/// A test that starts its own app on a SQLite file whatever the tier (a real process, a backup script, the archive
/// command line) proves the same thing in both runs, so it runs in the SQLite tier only and skips in the PostgreSQL
/// tier, saying where it runs. Its PostgreSQL counterpart, where one exists, runs in the PostgreSQL tier only
/// (<see cref="Archive.ArchiveApp.RequirePostgresAsync"/>).
/// </summary>
public static class Tiers
{
    public static bool IsPostgreSql => Environment.GetEnvironmentVariable("CIRCULAIR_TEST_DATABASE") == "PostgreSql";

    public static void RequireSqliteTier()
    {
        Assert.SkipWhen(IsPostgreSql, "Runs on its own SQLite file whatever the tier: run in the SQLite tier (without CIRCULAIR_TEST_DATABASE=PostgreSql).");
    }
}
