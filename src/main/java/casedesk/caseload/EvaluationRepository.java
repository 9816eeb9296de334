package casedesk.caseload;

import casedesk.json.Json;
import casedesk.json.PhraseJson;
import casedesk.model.CaseReference;
import casedesk.model.Evaluation;
import casedesk.model.Phrase;
import casedesk.model.Verdict;
import casedesk.model.VerdictStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Rule evaluations of cases, each with its rule-set version, inputs hash and verdicts. */
public final class EvaluationRepository {

    private final Database db;
    private final AuditLog audit;
    private final KeyRing keys;

    EvaluationRepository(Database db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
        this.keys = db.keys();
    }

    /** Stores an evaluation; earlier ones are kept, the latest is the one in force. */
    public long store(CaseReference reference, Evaluation evaluation, String actor) {
        return db.transaction(connection -> {
            long caseId = CaseRepository.requireId(connection, reference);
            long id;
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO evaluations (case_id, rule_set_version, inputs_sha256, evaluated_at)
                    VALUES (?, ?, ?, ?) RETURNING id""")) {
                insert.setLong(1, caseId);
                insert.setString(2, evaluation.ruleSetVersion());
                insert.setString(3, evaluation.inputsSha256());
                insert.setString(4, Database.timestamp(evaluation.evaluatedAt()));
                try (ResultSet rows = insert.executeQuery()) {
                    rows.next();
                    id = rows.getLong(1);
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO verdicts (evaluation_id, position, rule, status, explanation, evidence, suggested_ground,
                        phrase)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                int position = 0;
                for (Verdict verdict : evaluation.verdicts()) {
                    if (!verdict.ruleSetVersion().equals(evaluation.ruleSetVersion())) {
                        throw new IllegalArgumentException("verdict of rule " + verdict.rule() + " is from rule set "
                                + verdict.ruleSetVersion() + ", the evaluation from " + evaluation.ruleSetVersion());
                    }
                    ArrayNode evidence = Json.array();
                    verdict.evidenceFigureIds().forEach(evidence::add);
                    insert.setLong(1, id);
                    insert.setInt(2, position++);
                    insert.setString(3, verdict.rule());
                    insert.setString(4, verdict.status().name());
                    insert.setBytes(5, keys.sealText(verdict.explanation(), RowIdentity.verdict(id, position - 1)));
                    insert.setString(6, Json.canonical(evidence));
                    if (verdict.suggestedGround().isPresent()) {
                        insert.setInt(7, verdict.suggestedGround().getAsInt());
                    } else {
                        insert.setNull(7, Types.INTEGER);
                    }
                    insert.setBytes(8, keys.sealText(PhraseJson.text(verdict.phrase()),
                            RowIdentity.verdictPhrase(id, position - 1)));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            audit.append(connection, actor, "case-evaluated", reference.value(), Json.object()
                    .put("evaluation", id)
                    .put("ruleSet", evaluation.ruleSetVersion())
                    .put("inputsSha256", evaluation.inputsSha256()), Subject.evaluation(id));
            return id;
        });
    }

    /** The most recent evaluation of a case, if it was ever evaluated. */
    public Optional<Evaluation> latest(CaseReference reference) {
        return db.read(connection -> {
            long evaluationId;
            String version;
            String inputs;
            String at;
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT e.* FROM evaluations e JOIN cases c ON c.id = e.case_id
                    WHERE c.reference = ? ORDER BY e.id DESC LIMIT 1""")) {
                query.setString(1, reference.value());
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.<Evaluation>empty();
                    }
                    evaluationId = rows.getLong("id");
                    version = rows.getString("rule_set_version");
                    inputs = rows.getString("inputs_sha256");
                    at = rows.getString("evaluated_at");
                }
            }
            List<Verdict> verdicts = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT * FROM verdicts WHERE evaluation_id = ? ORDER BY position")) {
                query.setLong(1, evaluationId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        verdicts.add(verdict(rows, version, keys));
                    }
                }
            }
            return Optional.of(new Evaluation(version, inputs, Database.instant(at), verdicts));
        });
    }

    private static Verdict verdict(ResultSet rows, String version, KeyRing keys) throws SQLException {
        List<Long> evidence = new ArrayList<>();
        for (JsonNode id : Json.parse(rows.getString("evidence"))) {
            evidence.add(id.asLong());
        }
        int ground = rows.getInt("suggested_ground");
        OptionalInt suggested = rows.wasNull() ? OptionalInt.empty() : OptionalInt.of(ground);
        long evaluation = rows.getLong("evaluation_id");
        int position = rows.getInt("position");
        String explanation = keys.openText(rows.getObject("explanation"), RowIdentity.verdict(evaluation, position));
        Phrase phrase = PhraseJson.read(keys.openText(rows.getObject("phrase"), RowIdentity.verdictPhrase(evaluation, position)))
                .orElse(Phrase.text(explanation));
        return new Verdict(rows.getString("rule"), version, VerdictStatus.valueOf(rows.getString("status")), explanation,
                phrase, evidence, suggested);
    }
}
