using Microsoft.Extensions.Logging;
using Renderer.Consul;
using Renderer.Core.Watching.Budget;
using Renderer.Core.Watching.Store;

namespace Renderer.Core.Watching;

/// <summary>What every long poll and feed of one watcher shares.</summary>
internal sealed record WatchContext(
    ConsulClient Client,
    WatcherOptions Options,
    ConnectionBudget Budget,
    DependencyStore Store,
    string LocalDatacenter,
    ILoggerFactory LoggerFactory,
    TimeProvider TimeProvider);
