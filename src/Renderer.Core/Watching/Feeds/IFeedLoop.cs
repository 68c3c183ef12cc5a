namespace Renderer.Core.Watching.Feeds;

/// <summary>A long poll that can be started and stopped, whatever it reads.</summary>
internal interface IFeedLoop : IAsyncDisposable
{
    void Start();
}
