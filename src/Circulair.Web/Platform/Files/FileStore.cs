using System.Security.Cryptography;

namespace Circulair.Web.Platform.Files;

/// <summary>
/// The one place uploaded files are kept (decision 0250): the app hands it a stream and gets a key back, and reads
/// the file by that key. The key is random and says nothing about the file or its owner; who may read it is decided
/// by the page that knows which record holds the key. The default keeps files in a folder on disk
/// (<see cref="FileSystemFileStore"/>); an installation that needs object storage registers another implementation.
/// </summary>
public interface IFileStore
{
    /// <summary>Stores the stream's content and returns its key.</summary>
    Task<string> SaveAsync(Stream content, CancellationToken ct);

    /// <summary>The stored content, or null when there is no file under that key.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken ct);

    Task DeleteAsync(string key, CancellationToken ct);
}

public sealed class FileStoreOptions
{
    /// <summary>Folder for stored files (Files:Folder); relative to the start directory, like the database and the mail folder.</summary>
    public string Folder { get; set; } = "data/files";
}

/// <summary>Files on disk under random 32-hex-digit names, spread over 256 sub-folders by the first two digits.</summary>
public sealed class FileSystemFileStore : IFileStore
{
    private readonly string _root;

    public FileSystemFileStore(FileStoreOptions options)
    {
        _root = Path.GetFullPath(options.Folder, Directory.GetCurrentDirectory());
    }

    public async Task<string> SaveAsync(Stream content, CancellationToken ct)
    {
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = path + ".part";
        await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            await content.CopyToAsync(file, ct);
        }
        File.Move(partial, path);
        return key;
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken ct)
    {
        if (!IsKey(key) || !File.Exists(PathOf(key)))
        {
            return Task.FromResult<Stream?>(null);
        }
        return Task.FromResult<Stream?>(new FileStream(PathOf(key), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true));
    }

    public Task DeleteAsync(string key, CancellationToken ct)
    {
        if (IsKey(key))
        {
            File.Delete(PathOf(key));
        }
        return Task.CompletedTask;
    }

    private static bool IsKey(string key) => key.Length == 32 && key.All(char.IsAsciiHexDigitLower);

    private string PathOf(string key) =>
        IsKey(key) ? Path.Combine(_root, key[..2], key) : throw new ArgumentException("Not a file store key.", nameof(key));
}

public static class FileStoreSetup
{
    public static IServiceCollection AddFileStore(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Files").Get<FileStoreOptions>() ?? new FileStoreOptions();
        services.AddSingleton(options);
        services.AddSingleton<IFileStore, FileSystemFileStore>();
        return services;
    }
}
