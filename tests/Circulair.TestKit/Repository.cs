namespace Circulair.TestKit;

/// <summary>Paths in the source tree, for tests that read files of the repository or start the built app.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>"Debug" or "Release": the configuration the tests were built in (the app was built the same way).</summary>
    public static string Configuration { get; } =
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    public static string WebAssembly => Path.Combine(Root, "src", "Circulair.Web", "bin", Configuration, "net10.0", "Circulair.Web.dll");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Circulair.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Circulair.slnx not found above " + AppContext.BaseDirectory);
    }
}
