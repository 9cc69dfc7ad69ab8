using Lab.Implementations.Tests.Support;

namespace Lab.Implementations.Tests.ModelBased;

/// <summary>Generated operation sequences against a Dictionary model, on every catalog map.</summary>
public sealed class ModelBasedTests
{
    [Theory]
    [MemberData(nameof(Catalog.AllIds), MemberType = typeof(Catalog))]
    public void Random_operations_match_a_dictionary_model(string id)
        => ModelChecks.MatchesDictionaryModel(Catalog.IntMaps(id));

    [Theory]
    [MemberData(nameof(Catalog.AllIds), MemberType = typeof(Catalog))]
    public void Random_operations_match_a_dictionary_model_when_hashes_collide(string id)
        => ModelChecks.MatchesDictionaryModel(Catalog.IntMaps(id, new CollidingIntComparer(3)));

    [Theory]
    [MemberData(nameof(Catalog.AllIds), MemberType = typeof(Catalog))]
    public void A_batch_ends_in_the_same_state_as_its_writes_one_by_one(string id)
        => ModelChecks.BatchEqualsOneByOne(Catalog.IntMaps(id));
}
