using Renderer.Core.Output;

namespace Renderer.Core.Tests.Output;

/// <summary>
/// The real file system, except that one call (by operation name and occurrence) throws, either before doing its
/// work or after it (e.g. a temporary file that was created and then failed to sync).
/// </summary>
internal sealed class FailingFileSystem(string failingOperation, int occurrence = 1, bool failAfterWork = false) : IOutputFileSystem
{
    private readonly IOutputFileSystem _real = PosixOutputFileSystem.Instance;
    private readonly Dictionary<string, int> _calls = [];

    public string ResolveFinalPath(string path)
    {
        Before(nameof(ResolveFinalPath));
        return After(nameof(ResolveFinalPath), _real.ResolveFinalPath(path));
    }

    public async Task<byte[]?> ReadIfExistsAsync(string path, CancellationToken cancellationToken)
    {
        Before(nameof(ReadIfExistsAsync));
        return After(nameof(ReadIfExistsAsync), await _real.ReadIfExistsAsync(path, cancellationToken));
    }

    public FileIdentity? GetIdentity(string path)
    {
        Before(nameof(GetIdentity));
        return After(nameof(GetIdentity), _real.GetIdentity(path));
    }

    public void CreateDirectory(string path)
    {
        Before(nameof(CreateDirectory));
        _real.CreateDirectory(path);
        After(nameof(CreateDirectory), 0);
    }

    public async Task WriteNewFileAsync(string path, ReadOnlyMemory<byte> content, UnixFileMode mode, uint? ownerId, uint? groupId, CancellationToken cancellationToken)
    {
        Before(nameof(WriteNewFileAsync));
        await _real.WriteNewFileAsync(path, content, mode, ownerId, groupId, cancellationToken);
        After(nameof(WriteNewFileAsync), 0);
    }

    public void Replace(string source, string destination)
    {
        Before(nameof(Replace));
        _real.Replace(source, destination);
        After(nameof(Replace), 0);
    }

    public void SyncDirectory(string path)
    {
        Before(nameof(SyncDirectory));
        _real.SyncDirectory(path);
        After(nameof(SyncDirectory), 0);
    }

    public void DeleteIfExists(string path)
    {
        Before(nameof(DeleteIfExists));
        _real.DeleteIfExists(path);
        After(nameof(DeleteIfExists), 0);
    }

    private void Before(string operation)
    {
        var count = _calls[operation] = _calls.GetValueOrDefault(operation) + 1;
        if (!failAfterWork && operation == failingOperation && count == occurrence)
        {
            throw new IOException($"injected failure before {operation} #{count}");
        }
    }

    private T After<T>(string operation, T result) =>
        failAfterWork && operation == failingOperation && _calls[operation] == occurrence
            ? throw new IOException($"injected failure after {operation} #{occurrence}")
            : result;
}
