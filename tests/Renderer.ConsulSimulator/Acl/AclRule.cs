namespace Renderer.ConsulSimulator.Acl;

/// <summary>
/// One rule, like HCL's <c>service_prefix "web" { policy = "read" }</c> (prefix) or
/// <c>key "app/config" { policy = "write" }</c> (exact). An exact rule beats a prefix rule;
/// among prefix rules the longest wins.
/// </summary>
public sealed record AclRule(AclResource Resource, string Name, AclAccess Access, bool IsPrefix = true)
{
    internal bool Matches(AclResource resource, string name) =>
        resource == Resource && (IsPrefix ? name.StartsWith(Name, StringComparison.Ordinal) : name == Name);
}
