using Renderer.ConsulSimulator.Http;

namespace Renderer.ConsulSimulator.Acl;

/// <summary>
/// The permissions of the token a request carried, resolved once per request. Denials carry Consul's
/// message (acl/errors.go <c>PermissionDeniedError</c>).
/// </summary>
internal sealed class AclAuthorizer
{
    private const string AnonymousAccessorId = "00000000-0000-0000-0000-000000000002";

    private readonly AclPolicy _policy;
    private readonly AclAccess _defaultAccess;
    private readonly string _accessorId;

    private AclAuthorizer(AclPolicy policy, AclAccess defaultAccess, string accessorId, bool carriedToken)
    {
        _policy = policy;
        _defaultAccess = defaultAccess;
        _accessorId = accessorId;
        CarriedToken = carriedToken;
    }

    /// <summary>True when the request named a token (only then is <c>X-Consul-Results-Filtered-By-ACLs</c> sent).</summary>
    public bool CarriedToken { get; }

    /// <summary>Resolves the request's token; with ACLs disabled everything is allowed.</summary>
    /// <exception cref="ConsulHttpError">403 <c>ACL not found</c> for a token the simulator does not know.</exception>
    public static AclAuthorizer Resolve(AclOptions? options, string token)
    {
        if (options is null)
        {
            return new AclAuthorizer(AclPolicy.None, AclAccess.Write, AnonymousAccessorId, token.Length > 0);
        }

        if (token.Length == 0)
        {
            return new AclAuthorizer(options.AnonymousPolicy, options.DefaultPolicy, AnonymousAccessorId, carriedToken: false);
        }

        var known = options.Tokens.FirstOrDefault(t => t.SecretId == token)
            ?? throw ConsulHttpError.Forbidden("ACL not found");
        return new AclAuthorizer(known.Policy, options.DefaultPolicy, known.AccessorId, carriedToken: true);
    }

    public bool CanRead(AclResource resource, string name) => AccessTo(resource, name) >= AclAccess.Read;

    public bool CanWrite(AclResource resource, string name) => AccessTo(resource, name) >= AclAccess.Write;

    public void RequireRead(AclResource resource, string name) => Require(resource, name, AclAccess.Read);

    public void RequireWrite(AclResource resource, string name) => Require(resource, name, AclAccess.Write);

    private void Require(AclResource resource, string name, AclAccess level)
    {
        if (AccessTo(resource, name) < level)
        {
            throw ConsulHttpError.Forbidden(DeniedMessage(resource, name, level));
        }
    }

    private AclAccess AccessTo(AclResource resource, string name)
    {
        var matching = _policy.Rules.Where(r => r.Matches(resource, name)).ToList();
        if (matching.Count == 0)
        {
            return _defaultAccess;
        }

        return matching.OrderBy(r => r.IsPrefix).ThenByDescending(r => r.Name.Length).First().Access;
    }

    private string DeniedMessage(AclResource resource, string name, AclAccess level)
    {
        var permission = $"'{resource.ToString().ToLowerInvariant()}:{level.ToString().ToLowerInvariant()}' on \"{name}\"";
        return _accessorId == AnonymousAccessorId
            ? $"Permission denied: anonymous token lacks permission {permission}. The anonymous token is used implicitly when a request does not specify a token."
            : $"Permission denied: token with AccessorID '{_accessorId}' lacks permission {permission}";
    }
}
