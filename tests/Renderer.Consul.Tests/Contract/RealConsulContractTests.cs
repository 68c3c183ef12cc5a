using Xunit.Abstractions;

namespace Renderer.Consul.Tests.Contract;

/// <summary>
/// The same contract against the real Consul agent in <c>CONSUL_HTTP_ADDR</c> (token from <c>CONSUL_HTTP_TOKEN</c> or
/// <c>CONSUL_HTTP_TOKEN_FILE</c>, TLS from <c>CONSUL_CACERT</c>/<c>CONSUL_CLIENT_*</c>), e.g. a local <c>consul agent -dev</c>.
/// Every test is skipped, saying why, when the variable is not set. Test data (catalog nodes <c>ct-*</c>, keys under
/// <c>renderer-contract/</c>) uses names unique to each test and is removed after it; with ACLs on, the token needs
/// write access to them. Run: <c>CONSUL_HTTP_ADDR=127.0.0.1:8500 dotnet test tests/Renderer.Consul.Tests</c>.
/// </summary>
public sealed class RealConsulContractTests(RealConsulTarget target, ITestOutputHelper output) : IClassFixture<RealConsulTarget>
{
    private readonly ConsulContract _contract = new(target, output);

    [RealConsulFact]
    public Task Catalog_services_list_a_registered_service_with_the_union_of_its_tags() => _contract.Catalog_services_list_a_registered_service_with_the_union_of_its_tags();

    [RealConsulFact]
    public Task Catalog_service_returns_every_instance_with_its_node_and_service_fields() => _contract.Catalog_service_returns_every_instance_with_its_node_and_service_fields();

    [RealConsulFact]
    public Task Catalog_service_with_a_tag_keeps_the_instances_carrying_it_in_any_case() => _contract.Catalog_service_with_a_tag_keeps_the_instances_carrying_it_in_any_case();

    [RealConsulFact]
    public Task Catalog_service_of_an_unknown_service_is_an_empty_list_with_an_index() => _contract.Catalog_service_of_an_unknown_service_is_an_empty_list_with_an_index();

    [RealConsulFact]
    public Task Catalog_nodes_include_a_registered_node_with_its_address() => _contract.Catalog_nodes_include_a_registered_node_with_its_address();

    [RealConsulFact]
    public Task Catalog_node_returns_the_node_with_its_services_by_id() => _contract.Catalog_node_returns_the_node_with_its_services_by_id();

    [RealConsulFact]
    public Task Catalog_node_of_an_unknown_node_is_null_with_an_index() => _contract.Catalog_node_of_an_unknown_node_is_null_with_an_index();

    [RealConsulFact]
    public Task Datacenters_include_the_agents_own_and_carry_no_index() => _contract.Datacenters_include_the_agents_own_and_carry_no_index();

    [RealConsulFact]
    public Task Health_service_returns_each_instance_with_its_node_and_checks() => _contract.Health_service_returns_each_instance_with_its_node_and_checks();

    [RealConsulFact]
    public Task Health_service_passing_only_drops_instances_with_a_failing_check_and_keeps_the_index() => _contract.Health_service_passing_only_drops_instances_with_a_failing_check_and_keeps_the_index();

    [RealConsulFact]
    public Task Health_service_with_a_tag_keeps_the_instances_carrying_all_given_tags() => _contract.Health_service_with_a_tag_keeps_the_instances_carrying_all_given_tags();

    [RealConsulFact]
    public Task Health_service_with_a_filter_expression_is_filtered_by_the_agent() => _contract.Health_service_with_a_filter_expression_is_filtered_by_the_agent();

    [RealConsulFact]
    public Task Health_checks_return_the_services_own_checks_without_node_checks() => _contract.Health_checks_return_the_services_own_checks_without_node_checks();

    [RealConsulFact]
    public Task Health_state_lists_the_checks_in_that_state_node_checks_included() => _contract.Health_state_lists_the_checks_in_that_state_node_checks_included();

    [RealConsulFact]
    public Task A_key_is_read_with_its_value_and_its_modify_index_as_the_index() => _contract.A_key_is_read_with_its_value_and_its_modify_index_as_the_index();

    [RealConsulFact]
    public Task A_missing_key_is_null_with_an_index_to_block_on() => _contract.A_missing_key_is_null_with_an_index_to_block_on();

    [RealConsulFact]
    public Task A_key_tree_lists_every_key_with_the_string_prefix_in_key_order() => _contract.A_key_tree_lists_every_key_with_the_string_prefix_in_key_order();

    [RealConsulFact]
    public Task Key_names_with_a_separator_stop_after_the_next_separator() => _contract.Key_names_with_a_separator_stop_after_the_next_separator();

    [RealConsulFact]
    public Task A_missing_prefix_is_an_empty_list_with_an_index() => _contract.A_missing_prefix_is_an_empty_list_with_an_index();

    [RealConsulFact]
    public Task Status_leader_names_the_leader_as_host_and_port_and_carries_no_index() => _contract.Status_leader_names_the_leader_as_host_and_port_and_carries_no_index();

    [RealConsulFact]
    public Task Agent_self_names_the_datacenter_node_and_version() => _contract.Agent_self_names_the_datacenter_node_and_version();

    [RealConsulFact]
    public Task A_default_read_is_answered_by_the_leader() => _contract.A_default_read_is_answered_by_the_leader();

    [RealConsulFact]
    public Task A_stale_read_is_accepted_and_reported_as_stale() => _contract.A_stale_read_is_accepted_and_reported_as_stale();

    [RealConsulFact]
    public Task A_consistent_read_is_accepted_and_reported_as_consistent() => _contract.A_consistent_read_is_accepted_and_reported_as_consistent();

    [RealConsulFact]
    public Task A_cached_read_is_accepted_and_its_repeat_is_a_cache_hit() => _contract.A_cached_read_is_accepted_and_its_repeat_is_a_cache_hit();

    [RealConsulFact]
    public Task A_blocking_query_wakes_when_its_service_gets_an_instance() => _contract.A_blocking_query_wakes_when_its_service_gets_an_instance();

    [RealConsulFact]
    public Task A_passing_only_watch_wakes_when_a_check_fails_and_drops_that_instance() => _contract.A_passing_only_watch_wakes_when_a_check_fails_and_drops_that_instance();

    [RealConsulFact]
    public Task A_blocking_query_is_not_woken_by_a_change_to_another_service() => _contract.A_blocking_query_is_not_woken_by_a_change_to_another_service();

    [RealConsulFact]
    public Task A_blocking_query_that_times_out_returns_the_same_index_as_unchanged() => _contract.A_blocking_query_that_times_out_returns_the_same_index_as_unchanged();

    [RealConsulFact]
    public Task A_missing_key_can_be_watched_until_it_appears() => _contract.A_missing_key_can_be_watched_until_it_appears();
}
