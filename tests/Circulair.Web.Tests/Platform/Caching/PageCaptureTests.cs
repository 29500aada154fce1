using Circulair.Web.Platform.Caching;

namespace Circulair.Web.Tests.Platform.Caching;

/// <summary>
/// The page cache's copy of a rendered answer (<see cref="OrganisationPageCacheMiddleware.TeeStream"/>): kept in pooled
/// chunks and joined once, it must be the very bytes the client got, whatever the sizes of the writes.
/// </summary>
public sealed class PageCaptureTests
{
    private static byte[] Body(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        return bytes;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(OrganisationPageCacheMiddleware.TeeStream.ChunkBytes)]
    [InlineData(OrganisationPageCacheMiddleware.TeeStream.ChunkBytes + 1)]
    [InlineData(913_210)]
    public async Task The_copy_is_the_body_the_client_got_across_chunk_boundaries(int length)
    {
        var body = Body(length);
        using var client = new MemoryStream();
        await using var tee = new OrganisationPageCacheMiddleware.TeeStream(client, limit: 2_000_000);
        var random = new Random(7);
        for (var at = 0; at < body.Length;)
        {
            // Writes of every size, as Kestrel's and Razor's buffers make them, some larger than a chunk.
            var n = Math.Min(body.Length - at, random.Next(1, 100_000));
            if (n % 2 == 0)
            {
                await tee.WriteAsync(body.AsMemory(at, n));
            }
            else
            {
                tee.Write(body, at, n);
            }
            at += n;
        }

        Assert.True(tee.HasCopy);
        Assert.Equal(body, tee.Captured);
        Assert.Equal(body, client.ToArray());
    }

    [Fact]
    public async Task Beyond_the_limit_nothing_is_kept_and_the_client_still_gets_everything()
    {
        var body = Body(300_000);
        using var client = new MemoryStream();
        await using var tee = new OrganisationPageCacheMiddleware.TeeStream(client, limit: 200_000);

        await tee.WriteAsync(body.AsMemory(0, 150_000));
        Assert.True(tee.HasCopy);
        await tee.WriteAsync(body.AsMemory(150_000));

        Assert.False(tee.HasCopy);
        Assert.Null(tee.Captured);
        Assert.Equal(body, client.ToArray());
    }
}
