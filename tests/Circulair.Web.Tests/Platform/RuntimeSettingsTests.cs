using System.Text.Json;

namespace Circulair.Web.Tests.Platform;

/// <summary>
/// The runtime settings travel with the binaries in Circulair.Web.runtimeconfig.json (decisions 0193 and 0420), so
/// every deployment gets them, not only the benchmark. These figures were measured together (docs/performance.md,
/// "Memory footprint"; decision 0430 for tiered compilation); changing one should be a decision, not an accident of a csproj edit.
/// </summary>
public sealed class RuntimeSettingsTests
{
    private static JsonElement ConfigProperties()
    {
        var path = Path.ChangeExtension(Repository.WebAssembly, ".runtimeconfig.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }

    [Fact]
    public void The_built_app_ships_workstation_gc_with_a_heap_limit_and_a_small_gen0_budget()
    {
        var settings = ConfigProperties();

        Assert.False(settings.GetProperty("System.GC.Server").GetBoolean());
        Assert.True(settings.GetProperty("System.GC.Concurrent").GetBoolean());
        Assert.Equal(256L * 1024 * 1024, settings.GetProperty("System.GC.HeapHardLimit").GetInt64());
        Assert.Equal(6L * 1024 * 1024, settings.GetProperty("System.GC.Gen0MaxBudget").GetInt64());
    }

    [Fact]
    public void The_built_app_ships_tiered_compilation_without_dynamic_pgo()
    {
        var settings = ConfigProperties();

        Assert.True(settings.GetProperty("System.Runtime.TieredCompilation").GetBoolean());
        Assert.False(settings.GetProperty("System.Runtime.TieredPGO").GetBoolean());
    }
}
