namespace Renderer.Core.Tests.Output.CrashSafety;

/// <summary>
/// The crash tests start and SIGKILL hundreds of processes that write megabytes with fsync; they run one at a time,
/// after the parallel tests, so their kill moments land where the calibration says and other tests keep their cores.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CrashSafetyCollection
{
    public const string Name = "CrashSafety";
}
