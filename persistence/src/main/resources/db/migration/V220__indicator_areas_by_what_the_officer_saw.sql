-- The concern card groups its indicators by concern area. The seed named the areas after the
-- agency that cares (Immigration, HMRC, District council ...), which is not how an officer looks
-- for a sign: they think of what they saw. The seeded indicators move to areas named for that
-- (issue 15, item 16; ADR 0034). An area an administrator has already changed is left alone, and
-- referrals keep the area they were sent with (referral_indicator holds its own copy).
UPDATE indicator SET concern_area = CASE code
        WHEN 'FIRE_EXITS_BLOCKED'   THEN 'Exits, doors and locks'
        WHEN 'DC_LOCKED_ROOMS'      THEN 'Exits, doors and locks'
        WHEN 'DC_INTERNAL_LOCKS'    THEN 'Exits, doors and locks'
        WHEN 'DC_PESTS'             THEN 'Hygiene, waste and smoking'
        WHEN 'DC_WASTE_DISPOSAL'    THEN 'Hygiene, waste and smoking'
        WHEN 'DC_SMOKING'           THEN 'Hygiene, waste and smoking'
        WHEN 'IMM_NERVOUS_WORKERS'  THEN 'People working there'
        WHEN 'IMM_NOT_SPEAKING'     THEN 'People working there'
        WHEN 'DC_SIGNS_OF_LIVING'   THEN 'Sleeping and living on the premises'
        WHEN 'IMM_WORKERS_LIVING'   THEN 'Sleeping and living on the premises'
        WHEN 'FIRE_SLEEPING'        THEN 'Sleeping and living on the premises'
        ELSE 'Trade, records and ownership' END,
    display_order = CASE code
        WHEN 'FIRE_EXITS_BLOCKED'   THEN 1
        WHEN 'DC_LOCKED_ROOMS'      THEN 2
        WHEN 'DC_INTERNAL_LOCKS'    THEN 3
        WHEN 'DC_PESTS'             THEN 1
        WHEN 'DC_WASTE_DISPOSAL'    THEN 2
        WHEN 'DC_SMOKING'           THEN 3
        WHEN 'IMM_NERVOUS_WORKERS'  THEN 1
        WHEN 'IMM_NOT_SPEAKING'     THEN 2
        WHEN 'DC_SIGNS_OF_LIVING'   THEN 1
        WHEN 'IMM_WORKERS_LIVING'   THEN 2
        WHEN 'FIRE_SLEEPING'        THEN 3
        WHEN 'HMRC_TWO_TILLS'       THEN 1
        WHEN 'HMRC_HIGH_TRADE'      THEN 2
        WHEN 'HMRC_POOR_RECORDS'    THEN 3
        WHEN 'TS_EVASIVE_OWNERSHIP' THEN 4
        ELSE 5 END
WHERE (code, concern_area) IN (
    ('IMM_NERVOUS_WORKERS', 'Immigration'), ('IMM_WORKERS_LIVING', 'Immigration'),
    ('IMM_NOT_SPEAKING', 'Immigration'), ('HMRC_POOR_RECORDS', 'HMRC'), ('HMRC_HIGH_TRADE', 'HMRC'),
    ('HMRC_TWO_TILLS', 'HMRC'), ('FIRE_SLEEPING', 'Fire protection'), ('FIRE_EXITS_BLOCKED', 'Fire protection'),
    ('TS_IGNORES_ADVICE', 'Trading standards'), ('TS_EVASIVE_OWNERSHIP', 'Trading standards'),
    ('DC_WASTE_DISPOSAL', 'District council'), ('DC_LOCKED_ROOMS', 'District council'),
    ('DC_SIGNS_OF_LIVING', 'District council'), ('DC_PESTS', 'District council'),
    ('DC_SMOKING', 'District council'), ('DC_INTERNAL_LOCKS', 'District council'));
