using Xunit.Sdk;

namespace Renderer.TestKit;

/// <summary>Thrown when a snapshot is missing or differs from the verified file.</summary>
public sealed class SnapshotMismatchException : XunitException
{
    private SnapshotMismatchException(string message, string verifiedPath, string receivedPath)
        : base(message)
    {
        VerifiedPath = verifiedPath;
        ReceivedPath = receivedPath;
    }

    /// <summary>Full path of the verified file that was compared.</summary>
    public string VerifiedPath { get; }

    /// <summary>Full path where the actual text was written.</summary>
    public string ReceivedPath { get; }

    internal static SnapshotMismatchException Missing(string verifiedPath, string receivedPath) =>
        new(
            $"Snapshot '{verifiedPath}' does not exist. The actual text was written to '{receivedPath}'. " +
            $"Review it and rename it to the verified name, or run with {Snapshot.AcceptVariable}=1 to accept it.",
            verifiedPath,
            receivedPath);

    internal static SnapshotMismatchException Different(string verifiedPath, string receivedPath, string diff) =>
        new(
            $"Snapshot '{verifiedPath}' differs from the actual text (written to '{receivedPath}'). " +
            $"Run with {Snapshot.AcceptVariable}=1 to accept the change if it is intended.{Environment.NewLine}{diff}",
            verifiedPath,
            receivedPath);
}
