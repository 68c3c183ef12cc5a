using System.Text.Json.Serialization;
using Renderer.Consul.Models;

namespace Renderer.Consul.Serialization;

/// <summary>
/// Source-generated JSON metadata for every Consul response the client reads (trimming-safe, no reflection).
/// Property names match case-insensitively, as Consul's own (Go) decoder does; unknown fields are skipped, so
/// newer Consul versions adding fields do not break reads. Null arrays and maps become empty ones: the converters
/// below handle nulls nested in collections, and because the generator builds init-only records through an object
/// initializer that passes <c>null</c> for every omitted property, each model property also replaces <c>null</c>
/// with its default in its <c>init</c> accessor.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    Converters =
    [
        typeof(NullAsEmptyListConverter<string>),
        typeof(NullAsEmptyListConverter<HealthCheck>),
        typeof(NullAsEmptyListConverter<ServiceEntry>),
        typeof(NullAsEmptyListConverter<ServiceNode>),
        typeof(NullAsEmptyListConverter<Node>),
        typeof(NullAsEmptyListConverter<KvPair>),
        typeof(NullAsEmptyMapConverter<string>),
        typeof(NullAsEmptyMapConverter<ServiceTaggedAddress>),
        typeof(NullAsEmptyMapConverter<AgentService>),
        typeof(NullAsEmptyMapConverter<IReadOnlyList<string>>),
    ])]
[JsonSerializable(typeof(IReadOnlyList<ServiceEntry>))]
[JsonSerializable(typeof(IReadOnlyList<ServiceNode>))]
[JsonSerializable(typeof(IReadOnlyList<HealthCheck>))]
[JsonSerializable(typeof(IReadOnlyList<Node>))]
[JsonSerializable(typeof(IReadOnlyList<KvPair>))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, IReadOnlyList<string>>))]
[JsonSerializable(typeof(CatalogNode))]
[JsonSerializable(typeof(AgentSelf))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(List<ServiceEntry>))]
[JsonSerializable(typeof(List<ServiceNode>))]
[JsonSerializable(typeof(List<HealthCheck>))]
[JsonSerializable(typeof(List<Node>))]
[JsonSerializable(typeof(List<KvPair>))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(Dictionary<string, ServiceTaggedAddress>))]
[JsonSerializable(typeof(Dictionary<string, AgentService>))]
[JsonSerializable(typeof(Dictionary<string, IReadOnlyList<string>>))]
internal sealed partial class ConsulJsonContext : JsonSerializerContext;
