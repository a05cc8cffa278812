namespace CentcomTracker.Web.Csv;

/// <summary>
/// CSV import, shared by the import page and the import command: every row is checked with the same input rules
/// as the forms; a row that repeats a figure already in the database is "unchanged" when every field is equal and
/// a conflict when not (never overwritten); the import writes all of it in one transaction, or nothing.
/// </summary>
public static class FigureImport
{
    public static Task<ImportPlan> PlanAsync(TrackerDbContext db, ReadOnlyMemory<byte> file, string fileName, long maxBytes,
        CancellationToken cancellationToken = default) =>
        PlanAsync(db, file, fileName, maxBytes, forCommit: false, outsideRequest: false, cancellationToken);

    /// <summary>
    /// Reads and checks the file a row at a time, keeping of each row only what the checks of later rows need (its
    /// figure's key, its source's first row) and, <paramref name="forCommit"/>, the figure to create until a row
    /// shows that nothing will be. A command (<paramref name="outsideRequest"/>) collects the rows' garbage as it goes.
    /// </summary>
    private static async Task<ImportPlan> PlanAsync(TrackerDbContext db, ReadOnlyMemory<byte> file, string fileName, long maxBytes, bool forCommit,
        bool outsideRequest, CancellationToken cancellationToken)
    {
        var csv = FigureCsv.Read(file, maxBytes);
        if (csv.Errors.Count > 0)
        {
            return ImportPlan.Failed(fileName, [.. csv.Errors]);
        }

        var vocabulary = await db.LoadVocabularyAsync(cancellationToken);
        var (metrics, theatres) = (vocabulary.Kinds, vocabulary.TheatreCodes);

        // The sources and figures the file could repeat: those of the sources it names that already exist.
        var named = csv.SourceTitles.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct().ToList();
        var sources = forCommit && db.Database.IsNpgsql()
            // Held until the import commits, as a save or an approval holds the sources it touches: another editor's
            // correction of one of them waits instead of slipping in between these checks and the write.
            ? db.Sources.FromSql($"SELECT * FROM \"Sources\" WHERE \"Title\" = ANY({named.ToArray()}) ORDER BY \"Id\" FOR NO KEY UPDATE")
            : db.Sources.Where(s => named.Contains(s.Title));
        var existingSources = (await sources.AsNoTracking().ToListAsync(cancellationToken))
            .ToDictionary(s => new SourceKey(s.Publisher, s.Title, s.PublishedStart, s.PublishedEnd));
        var sourceIds = existingSources.Values.Select(s => s.Id).ToList();
        var existingFigures = (await db.Figures.AsNoTracking().Where(f => sourceIds.Contains(f.SourceId)).ToListAsync(cancellationToken))
            .ToDictionary(f => (f.MetricCode, f.TheatreCode, f.PeriodStart, f.PeriodEnd, f.SourceId));

        var fileSources = new Dictionary<SourceKey, (int Row, InputRules.ValidSource Source, FigureRecord Record)>();
        var fileFigures = new Dictionary<FigureKey, int>();
        var sourceChecks = new Dictionary<InputRules.SourceInput, (InputRules.ValidSource?, IReadOnlyList<FieldError>)>();
        var shown = new List<PlannedRow>();
        var outcomes = new int[4];
        var (rowCount, rowsWithProblems, problemCount) = (0, 0, 0);
        var creates = forCommit ? new List<PendingFigure>() : null;
        foreach (var csvRow in csv.Rows)
        {
            var row = Check(csvRow, metrics, theatres, sourceChecks);
            var problems = row.Problems;
            SourceKey sourceKey = default;
            Source? existingSource = null;
            if (row.Source is { } source)
            {
                sourceKey = new SourceKey(source.Publisher, source.Title, source.Published.Start, source.Published.End);
                if (fileSources.TryGetValue(sourceKey, out var first))
                {
                    problems.AddRange(SourceDifferences(first.Row, first.Record, row.Record!));
                }
                else
                {
                    fileSources[sourceKey] = (row.Number, source, row.Record!);
                }

                if (existingSources.TryGetValue(sourceKey, out existingSource))
                {
                    problems.AddRange(SourceConflicts(existingSource, source, row.Record!));
                }
            }

            var outcome = RowOutcome.Create;
            if (row.Figure is { } figure && row.Source is not null)
            {
                var key = new FigureKey(figure.Metric, figure.Theatre, figure.Period.Start, figure.Period.End, sourceKey);
                if (!fileFigures.TryAdd(key, row.Number))
                {
                    problems.Add(new RowProblem(null, CsvMessage.Of(CsvText.DuplicateRow, fileFigures[key])));
                }

                if (existingSource is not null &&
                    existingFigures.TryGetValue((figure.Metric, figure.Theatre, figure.Period.Start, figure.Period.End, existingSource.Id), out var stored))
                {
                    problems.AddRange(FigureConflicts(stored, figure));
                    outcome = RowOutcome.Unchanged;
                }
            }

            if (problems.Exists(p => !p.IsConflict)) outcome = RowOutcome.Error;
            else if (problems.Count > 0) outcome = RowOutcome.Conflict;

            rowCount++;
            BulkGarbage.AfterRow(rowCount, outsideRequest);
            outcomes[(int)outcome]++;
            problemCount += problems.Count;
            if (problems.Count > 0) rowsWithProblems++;
            if (rowCount <= ImportReport.MaxShown || (problems.Count > 0 && rowsWithProblems <= ImportReport.MaxShown))
            {
                shown.Add(new PlannedRow(row.Number, row.Record, outcome, problems));
            }

            if (outcome is RowOutcome.Error or RowOutcome.Conflict) creates = null;  // nothing will be written
            else if (outcome == RowOutcome.Create) creates?.Add(new PendingFigure(row.Figure!, sourceKey, existingSource?.Id));
        }

        if (rowCount == 0)
        {
            return ImportPlan.Failed(fileName, CsvMessage.Of(CsvText.HeaderOnly));
        }

        var newSources = fileSources
            .Where(s => !existingSources.ContainsKey(s.Key))
            .OrderBy(s => s.Value.Row)
            .Select(s => s.Value.Source)
            .Select(s => new NewSource(s.Publisher, s.Title, s.Url, s.Published, s.Language, s.Tier, s.Note))
            .ToList();
        return new ImportPlan(fileName, [], shown, newSources)
        {
            RowCount = rowCount, RowsWithProblems = rowsWithProblems, ProblemCount = problemCount, Outcomes = outcomes, Creates = creates ?? [],
        };
    }

    /// <summary>
    /// Checks the file again against the database as it is now, inside the transaction that writes it, and imports
    /// it only if no row has an error or a conflict. A figure or source someone else saved in the meantime makes
    /// the write fail on a unique key; then nothing is written and <see cref="ImportOutcome.DatabaseChanged"/> says why.
    /// </summary>
    public static async Task<ImportOutcome> CommitAsync(TrackerDbContext db, AuditContext audit, ReadOnlyMemory<byte> file, string fileName, long maxBytes,
        CancellationToken cancellationToken = default, ReviewQueue? review = null)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var plan = await PlanAsync(db, file, fileName, maxBytes, forCommit: true, audit.OutsideRequest, cancellationToken);
        if (plan.HasProblems)
        {
            return new ImportOutcome(plan, null);
        }

        try
        {
            audit.Reason ??= $"CSV import: {plan.FileName}";
            var summary = await ApplyAsync(db, audit, plan, review is { Required: true } ? review : null, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new ImportOutcome(plan, summary);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Another editor saved one of these figures or sources between the check and the insert.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return new ImportOutcome(plan, null, DatabaseChanged: true);
        }
    }

    /// <summary>Creates the plan's figures and sources, or proposes them as one batch when <paramref name="review"/> is given.</summary>
    private static async Task<ImportSummary> ApplyAsync(TrackerDbContext db, AuditContext audit, ImportPlan plan, ReviewQueue? review,
        CancellationToken cancellationToken)
    {
        var sources = plan.NewSources.ToDictionary(s => s.Key, s => new Source
        {
            Publisher = s.Publisher, Title = s.Title, Url = s.Url, Published = s.Published, Language = s.Language, Tier = s.Tier, Note = s.Note,
        });
        var creates = plan.Creates;
        var unchanged = plan.Count(RowOutcome.Unchanged);
        if (review is not null)
        {
            db.Sources.AddRange(sources.Values);
            db.Figures.AddRange(creates.Select(r => NewFigure(r, id => null, sources)));
            await review.ProposeAsync(cancellationToken);
            return new ImportSummary(creates.Count, sources.Count, unchanged, Pending: creates.Count > 0);
        }

        // Applied at once: one transaction (the caller's) and one data version — all of it lands, or none. The figures
        // go through prepared inserts, a row at a time, so neither time nor memory grows with the change tracker.
        using var change = audit.OneChange();
        await AuditTrail.CreateAllAsync(db, audit, sources.Values, cancellationToken);
        await AuditTrail.CreateAllAsync(db, audit, creates.Select(r => NewFigure(r, key => sources[key].Id, sources)), cancellationToken);
        return new ImportSummary(creates.Count, sources.Count, unchanged);
    }

    // A new figure of an existing source, or of a new one: by its id once saved, else by the unsaved entity.
    private static Figure NewFigure(PendingFigure row, Func<SourceKey, int?> savedId, Dictionary<SourceKey, Source> sources)
    {
        var figure = Figure.From(row.Figure);
        if ((row.SourceId ?? savedId(row.Source)) is { } id) figure.SourceId = id;
        else figure.Source = sources[row.Source];
        return figure;
    }

    private sealed record CheckedRow(int Number, FigureRecord? Record, InputRules.ValidFigure? Figure, InputRules.ValidSource? Source, List<RowProblem> Problems);

    /// <summary>
    /// The row's fields through the shared input rules, whose field names are the CSV column names. Rows that describe
    /// their source in the same words share its check (<paramref name="sourceChecks"/>): it is the same answer.
    /// </summary>
    private static CheckedRow Check(CsvRow row, IReadOnlyDictionary<string, MetricKind> metrics, IReadOnlyCollection<string> theatres,
        Dictionary<InputRules.SourceInput, (InputRules.ValidSource?, IReadOnlyList<FieldError>)> sourceChecks)
    {
        if (row.Record is not { } r)
        {
            return new CheckedRow(row.Number, null, null, null, [new RowProblem(null, row.Problem!)]);
        }

        var sourceInput = new InputRules.SourceInput(r.SourcePublisher, r.SourceTitle, r.SourceUrl, r.SourceDate, r.SourceLanguage, r.SourceTier, r.SourceNote);
        if (!sourceChecks.TryGetValue(sourceInput, out var sourceCheck))
        {
            sourceChecks[sourceInput] = sourceCheck = InputRules.CheckSource(sourceInput);
        }

        var (source, sourceErrors) = sourceCheck;
        var (figure, figureErrors) = InputRules.CheckFigure(new InputRules.FigureInput(
            r.Metric, r.Theatre, r.Period, r.Value, r.Qualifier, r.Quote, r.Translation, r.Note, r.Peak, r.ValueConfirmed), metrics, theatres, source?.Published);
        List<RowProblem> problems = figureErrors.Count == 0 && sourceErrors.Count == 0 ? [] : figureErrors.Concat(sourceErrors)
            .OrderBy(e => ColumnOrder(e.Field))
            .Select(e => new RowProblem(e.Field, CsvMessage.Rule(e.Message)))
            .ToList();
        return new CheckedRow(row.Number, r, figure, source, problems);
    }

    private static readonly List<string> Columns = [.. FigureCsv.ExportColumns];

    private static int ColumnOrder(string column) => Columns.IndexOf(column) is >= 0 and var index ? index : int.MaxValue;

    /// <summary>Rows that name one source must describe it alike; the first row that names it stands.</summary>
    private static IEnumerable<RowProblem> SourceDifferences(int firstRow, FigureRecord first, FigureRecord row)
    {
        foreach (var (column, a, b) in SourceFields(first, row))
        {
            if (!string.Equals(a, b, StringComparison.Ordinal))
            {
                yield return new RowProblem(column, CsvMessage.Of(CsvText.SourceDiffers, firstRow, column, Shorten(a), Shorten(b)));
            }
        }
    }

    private static IEnumerable<(string Column, string A, string B)> SourceFields(FigureRecord a, FigureRecord b)
    {
        yield return ("source_url", a.SourceUrl.Trim(), b.SourceUrl.Trim());
        yield return ("source_language", a.SourceLanguage.Trim().ToLowerInvariant(), b.SourceLanguage.Trim().ToLowerInvariant());
        yield return ("source_tier", (a.SourceTier ?? "").Trim().ToLowerInvariant(), (b.SourceTier ?? "").Trim().ToLowerInvariant());
        yield return ("source_note", (a.SourceNote ?? "").Trim(), (b.SourceNote ?? "").Trim());
    }

    /// <summary>
    /// A file may repeat a source the database has, but not describe it differently. The optional columns
    /// (source_tier, source_note) are compared only when the row fills them in.
    /// </summary>
    private static IEnumerable<RowProblem> SourceConflicts(Source stored, InputRules.ValidSource row, FigureRecord record)
    {
        if (!string.Equals(stored.Url, row.Url, StringComparison.Ordinal))
            yield return SourceConflict("source_url", stored.Url, row.Url);
        if (!string.Equals(stored.Language, row.Language, StringComparison.Ordinal))
            yield return SourceConflict("source_language", stored.Language, row.Language);
        if (!string.IsNullOrWhiteSpace(record.SourceTier) && stored.Tier != row.Tier)
            yield return SourceConflict("source_tier", stored.Tier.Code(), row.Tier.Code());
        if (!string.IsNullOrWhiteSpace(record.SourceNote) && !string.Equals(stored.Note, row.Note, StringComparison.Ordinal))
            yield return SourceConflict("source_note", stored.Note, row.Note);
    }

    private static RowProblem SourceConflict(string column, string? stored, string? row) =>
        new(column, CsvMessage.Of(CsvText.SourceConflict, column, Shorten(stored), Shorten(row)), IsConflict: true);

    /// <summary>The same figure again: unchanged when every field is equal, otherwise one conflict per differing field.</summary>
    private static IEnumerable<RowProblem> FigureConflicts(Figure stored, InputRules.ValidFigure row)
    {
        if (stored.Value != row.Value || stored.Qualifier != row.Qualifier)
        {
            yield return new RowProblem(stored.Value != row.Value ? "value" : "qualifier",
                CsvMessage.Of(CsvText.ValueConflict, stored.Value, stored.Qualifier.Code(), row.Value, row.Qualifier.Code()), IsConflict: true);
        }

        foreach (var (column, a, b) in new[] { ("quote", stored.Quote, row.Quote), ("translation", stored.Translation, row.Translation), ("note", stored.Note, row.Note),
            ("peak", stored.IsPeak ? "true" : null, row.IsPeak ? "true" : null) })
        {
            if (!string.Equals(a, b, StringComparison.Ordinal))
            {
                yield return new RowProblem(column, CsvMessage.Of(CsvText.TextConflict, column, Shorten(a)), IsConflict: true);
            }
        }
    }

    private static string Shorten(string? text) => text is null ? "" : Characters.Shorten(text, 200);
}
