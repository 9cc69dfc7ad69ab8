using System.Security.Cryptography;

namespace Lab.ConfigService.Hosting;

/// <summary>
/// This process's id: the instance part of every ETag and the <c>service_instance_id</c> of the metrics'
/// <c>target_info</c>, so a dashboard can join them. A new id for every start.
/// </summary>
/// <param name="Id">Eight lowercase hex digits.</param>
internal sealed record ServiceInstance(string Id)
{
    /// <summary>A new random id.</summary>
    public static ServiceInstance CreateRandom() => new(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4)));
}
