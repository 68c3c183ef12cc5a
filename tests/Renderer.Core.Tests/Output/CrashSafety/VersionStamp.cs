namespace Renderer.Core.Tests.Output.CrashSafety;

/// <summary>Which complete version a self-checking file is: the trial's tag and the loop's version number.</summary>
internal sealed record VersionStamp(string Tag, int Version)
{
    public override string ToString() => $"{Tag} v{Version}";
}
