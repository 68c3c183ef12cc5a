using System.Reflection;

namespace Renderer.Consul.Tests.Contract;

/// <summary>The contract is written once; these keep both targets' test lists complete and correctly attributed.</summary>
public sealed class ContractCoverageTests
{
    private static readonly string[] ContractTests =
    [
        .. typeof(ConsulContract).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.ReturnType == typeof(Task) && m.GetParameters().Length == 0)
            .Select(m => m.Name)
            .Order(StringComparer.Ordinal),
    ];

    [Theory]
    [InlineData(typeof(SimulatorContractTests), typeof(FactAttribute))]
    [InlineData(typeof(RealConsulContractTests), typeof(RealConsulFactAttribute))]
    public void Every_contract_test_runs_against_each_target_under_that_targets_attribute(Type tests, Type attribute)
    {
        var facts = tests.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.GetCustomAttributes<FactAttribute>().Any(a => a.GetType() == attribute))
            .Select(m => m.Name)
            .Order(StringComparer.Ordinal);

        Assert.True(ContractTests.Length >= 30, $"found only {ContractTests.Length} contract tests");
        Assert.Equal(ContractTests, facts);
    }

    [Fact]
    public void Without_CONSUL_HTTP_ADDR_the_real_consul_tests_say_why_they_are_skipped()
    {
        var skip = new RealConsulFactAttribute().Skip;

        if (RealConsulTarget.ConfiguredAddress is null)
        {
            Assert.Equal(
                "CONSUL_HTTP_ADDR is not set: contract tests against a real Consul skipped (they ran against the simulator)", skip);
        }
        else
        {
            Assert.Null(skip);
        }
    }
}
