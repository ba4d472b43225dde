DOC = "G_05_progress.txt"
DEFAULTS = dict(deadline="2024-12-31", region="上海市", responsible=["上海市人民政府"], kind="target")
rows = [
 ("新增4000张养老床位","养老床位新增数",4000,"张","4385","110%"),
 ("新增800张困难重度残疾人养护床位","困难重度残疾人养护床位新增数",800,"张","810","101%"),
 ("改建3000张认知障碍照护床位","认知障碍照护床位改建数",3000,"张","3210","107%"),
 ("新增30个社区长者食堂","社区长者食堂新增数",30,"个","39","130%"),
 ("新增30个乡村长者照护之家","乡村长者照护之家新增数",30,"个","30","100%"),
 ("打造60条敬老爱老服务公交线路","敬老爱老服务公交线路数",60,"条","61","102%"),
 ("开办500个小学生爱心暑托班","小学生爱心暑托班开办数",500,"个","699","140%"),
 ("开办150个小学生爱心寒托班","小学生爱心寒托班开办数",150,"个","229","153%"),
 ("新增3000个公办幼儿园托班托额","公办幼儿园托班托额新增数",3000,"个","5155","172%"),
 ("新增7000个社区托育“宝宝屋”托额","社区托育“宝宝屋”托额新增数",7000,"个","9034","129%"),
 ("打造100个儿童友好城市阅读新空间","儿童友好城市阅读新空间数",100,"个","157","157%"),
 ("为300户困境未成年人家庭进行“追光小屋”居室微改造","“追光小屋”居室微改造户数",300,"户","347",None),
]
RECS = [
 dict(q="今年实施了十方面34项为民办实事项目", metric="为民办实事项目数", comparator="=", value=34, unit="项", tier="optional"),
 dict(q="目前所有项目均已提前完成全年目标任务", kind="indicator", metric="为民办实事项目完成", comparator="full"),
]
for name, metric, v, u, done, pct in rows:
    cmp = "=" if not name.startswith("新增") else "increase"
    RECS.append(dict(q=name, metric=metric, comparator="=", value=v, unit=u))
    RECS.append(dict(q=done, after=name, kind="indicator", metric=metric+"(完成)", comparator="=", value=float(done) if "." in done else int(done), unit=u))
    if pct:
        RECS.append(dict(q=pct, after=name, kind="indicator", tier="optional", metric=metric+"(占全年计划)", comparator="=", value=int(pct[:-1]), unit="%"))
