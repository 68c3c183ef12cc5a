using Renderer.ConsulSimulator.Acl;
using Renderer.ConsulSimulator.Http;
using Renderer.ConsulSimulator.Json;
using Renderer.ConsulSimulator.State;

namespace Renderer.ConsulSimulator.Endpoints;

/// <summary><c>PUT /v1/catalog/register</c> and <c>/deregister</c>: both answer <c>true</c>.</summary>
internal static class CatalogWriteEndpoints
{
    public static async Task RegisterAsync(ConsulRequest request)
    {
        request.RejectEnterpriseMeta();
        var body = RequestBody.Parse(await request.ReadBodyAsync(), "RegisterRequest");
        var datacenter = WritableDatacenter(request, body.String("Datacenter"));
        var registration = CatalogBodies.Registration(body);
        var acl = request.Authorize();
        if (datacenter.NodeNeedsUpdate(registration))
        {
            acl.RequireWrite(AclResource.Node, registration.Node);
        }

        if (registration.Service is { } service)
        {
            acl.RequireWrite(AclResource.Service, service.Name);
        }

        foreach (var check in registration.Checks)
        {
            RequireCheckWrite(acl, datacenter, registration, check);
        }

        datacenter.Register(registration);
        await ConsulResponse.WriteJsonAsync(request, w => w.WriteBooleanValue(true));
    }

    public static async Task DeregisterAsync(ConsulRequest request)
    {
        request.RejectEnterpriseMeta();
        var body = RequestBody.Parse(await request.ReadBodyAsync(), "DeregisterRequest");
        var datacenter = WritableDatacenter(request, body.String("Datacenter"));
        var node = body.String("Node");
        if (node.Length == 0)
        {
            throw ConsulHttpError.Internal("Must provide node");
        }

        var acl = request.Authorize();
        var serviceId = body.String("ServiceID");
        var checkId = body.String("CheckID");
        if (serviceId.Length > 0)
        {
            acl.RequireWrite(AclResource.Service, datacenter.FindService(node, serviceId)?.Name ?? serviceId);
            datacenter.DeregisterService(node, serviceId);
        }
        else if (checkId.Length > 0)
        {
            var check = datacenter.FindCheck(node, checkId);
            if (check is { IsNodeCheck: false })
            {
                acl.RequireWrite(AclResource.Service, check.ServiceName);
            }
            else
            {
                acl.RequireWrite(AclResource.Node, node);
            }

            datacenter.DeregisterCheck(node, checkId);
        }
        else
        {
            acl.RequireWrite(AclResource.Node, node);
            datacenter.DeregisterNode(node);
        }

        await ConsulResponse.WriteJsonAsync(request, w => w.WriteBooleanValue(true));
    }

    /// <summary>The datacenter a write goes to; writes are Raft applies, so they need a leader.</summary>
    internal static Datacenter WritableDatacenter(ConsulRequest request, string name)
    {
        var datacenter = request.Datacenter(name);
        return datacenter.Leader is null ? throw ConsulHttpError.Internal("No cluster leader") : datacenter;
    }

    private static void RequireCheckWrite(AclAuthorizer acl, Datacenter datacenter, CatalogRegistration registration, CheckRegistration check)
    {
        if (check.ServiceId.Length == 0)
        {
            acl.RequireWrite(AclResource.Node, registration.Node);
            return;
        }

        var serviceName = registration.Service is { } service && service.EffectiveId == check.ServiceId
            ? service.Name
            : datacenter.FindService(registration.Node, check.ServiceId)?.Name ?? check.ServiceId;
        acl.RequireWrite(AclResource.Service, serviceName);
    }
}
