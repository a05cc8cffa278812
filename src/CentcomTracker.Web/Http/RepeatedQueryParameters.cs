using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CentcomTracker.Web.Http;

/// <summary>
/// A query parameter given more than once (<c>?a=2023&amp;a=2022</c>) is read by the pages as the API and the chart
/// CSVs read it: as one value, its values joined by commas. No reader of a period, theatre or number takes that, so it
/// is refused with the usual message naming the parameter, rather than one of the values being taken silently (the
/// page showed one view while its CSV refused the same address).
/// </summary>
public static class RepeatedQueryParameters
{
    public static void ReadRepeatedQueryParametersAsOne(this MvcOptions options)
    {
        var query = options.ValueProviderFactories.OfType<QueryStringValueProviderFactory>().Single();
        options.ValueProviderFactories[options.ValueProviderFactories.IndexOf(query)] = new JoiningFactory();
    }

    private sealed class JoiningFactory : IValueProviderFactory
    {
        public Task CreateValueProviderAsync(ValueProviderFactoryContext context)
        {
            var query = context.ActionContext.HttpContext.Request.Query;
            if (query.Count > 0)
            {
                context.ValueProviders.Add(new JoiningProvider(query));
            }

            return Task.CompletedTask;
        }
    }

    private sealed class JoiningProvider(IQueryCollection query)
        : QueryStringValueProvider(BindingSource.Query, query, CultureInfo.InvariantCulture)
    {
        public override ValueProviderResult GetValue(string key)
        {
            var result = base.GetValue(key);
            return result.Length > 1 ? new ValueProviderResult(result.Values.ToString(), result.Culture) : result;
        }
    }
}
