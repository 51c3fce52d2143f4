// The dashboard page: reads the data block, fills the filters, draws the charts and the agency table,
// and redraws them when a filter changes. Every value from the data reaches the page as text only
// (textContent, option labels, canvas-drawn charts with canvas tooltips), never as HTML.
(function () {
  'use strict';

  var DATA = JSON.parse(document.getElementById('dashboard-data').textContent);
  // The data names the columns once and sends each row as an array of values: objects again here.
  function objects(columns, rows) {
    return rows.map(function (values) {
      var row = {};
      columns.forEach(function (column, index) { row[column] = values[index]; });
      return row;
    });
  }
  var ROWS = objects(DATA.agency_year_columns, DATA.agency_years);
  // A large export's page leaves out the evidence (it is in the export's evidence.csv and .json).
  var EVIDENCE = objects(DATA.evidence_columns, DATA.evidence);
  var ALL = '';

  var LEVELS = { province: '省级', city: '市级', county: '县级', township: '乡镇级' };
  var TYPES = {
    province_government: '省级人民政府', city_government: '市级人民政府', county_government: '县级人民政府',
    township_government: '乡镇人民政府', subdistrict_office: '街道办事处', government_office: '政府办公室（厅）',
    agriculture: '农业农村', archives: '档案', audit: '审计', civil_affairs: '民政', civil_air_defense: '人防',
    commerce: '商务', culture_tourism: '文化和旅游', development_reform: '发展改革', development_zone: '开发区',
    disabled_persons_federation: '残联', ecology_environment: '生态环境', education: '教育',
    emergency_management: '应急管理', ethnic_religious_affairs: '民族宗教', finance: '财政',
    finance_regulation: '金融监管', foreign_affairs: '外事', forestry: '林业', government_affairs: '政务服务',
    government_services: '政务服务', grain_reserves: '粮食和物资储备', health: '卫生健康',
    housing_construction: '住房城乡建设', housing_provident_fund: '住房公积金',
    human_resources_social_security: '人力资源社会保障', industry_it: '工业和信息化', justice: '司法',
    market_regulation: '市场监管', medical_security: '医疗保障', natural_resources: '自然资源',
    overseas_chinese_affairs: '侨务', petitions: '信访', public_security: '公安', science_technology: '科技',
    sports: '体育', state_assets: '国资', statistics: '统计', taxation: '税务', transport: '交通运输',
    urban_management: '城市管理', veterans_affairs: '退役军人事务', water_resources: '水利', other: '其他'
  };
  var METRICS = {
    requests_received: '本年新收申请', requests_carried_over: '上年结转申请', total_handled: '答复总计',
    granted: '予以公开', partially_granted: '部分公开', denied: '不予公开', unable_to_provide: '无法提供',
    not_processed: '不予处理', other_handled: '其他处理', completed_total: '申请办结数',
    completed_on_time: '按时办结数', staff_total: '工作人员数', reconsideration_total: '行政复议',
    reconsideration_corrected: '复议纠错', litigation_total: '行政诉讼', litigation_corrected: '诉讼纠错',
    proactive_items: '主动公开信息'
  };
  var OUTCOMES = ['granted', 'partially_granted', 'denied', 'unable_to_provide', 'not_processed', 'other_handled'];
  var COMPLETENESS = ['requests_received', 'total_handled', 'completed_on_time', 'staff_total',
    'reconsideration_total', 'litigation_total', 'proactive_items'];
  var COLORS = ['#b4232a', '#2f5d9e', '#d98b2b', '#3f8f6b', '#7a4f9a', '#8c8c8c', '#c2566a', '#4b9fc0'];
  var FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';
  var UNKNOWN = '未知';

  var evidenceByAgencyYear = {};
  EVIDENCE.forEach(function (entry) {
    var key = entry.agency_key + '|' + entry.year;
    (evidenceByAgencyYear[key] = evidenceByAgencyYear[key] || []).push(entry);
  });

  // ---- helpers -------------------------------------------------------------------------------------

  function text(tag, content, className) {
    var element = document.createElement(tag);
    if (content !== undefined && content !== null) { element.textContent = String(content); }
    if (className) { element.className = className; }
    return element;
  }
  function levelName(level) { return level ? (LEVELS[level] || level) : UNKNOWN; }
  function typeName(type) { return type ? (TYPES[type] || type) : UNKNOWN; }
  function known(value) { return value !== null && value !== undefined; }
  function sum(rows, key) {
    return rows.reduce(function (total, row) { return known(row[key]) ? total + row[key] : total; }, 0);
  }
  function stated(rows, key) { return rows.filter(function (row) { return known(row[key]); }); }
  /** A ratio of sums over the rows that state both parts; null when none does. */
  function ratioOfSums(rows, numerator, denominator) {
    var both = rows.filter(function (row) { return known(row[numerator]) && known(row[denominator]); });
    var below = sum(both, denominator);
    return below > 0 ? sum(both, numerator) / below : null;
  }
  function percent(value) { return known(value) ? (value * 100).toFixed(1) + '%' : '—'; }
  function count(value) { return known(value) ? Number(value).toLocaleString('zh-CN') : '—'; }
  function evidenceElsewhere() {
    return '原文依据共 ' + count(DATA.evidence_rows) + ' 条，超过 ' + count(DATA.evidence_limit)
      + ' 个机构·年度的导出不在本页收录，见导出目录 ' + DATA.export_folder + ' 中的 evidence.csv 或 evidence.json';
  }
  function round(value, digits) { return known(value) ? Number(value.toFixed(digits)) : null; }
  function distinct(values) {
    return values.filter(function (value, index) { return values.indexOf(value) === index; });
  }
  function groupBy(rows, keyOf) {
    var groups = {};
    rows.forEach(function (row) { var key = keyOf(row); (groups[key] = groups[key] || []).push(row); });
    return groups;
  }
  function sortedKeys(groups) {
    return Object.keys(groups).sort(function (a, b) {
      if (a === UNKNOWN) { return 1; }
      if (b === UNKNOWN) { return -1; }
      return a.localeCompare(b, 'zh-CN');
    });
  }

  // ---- filters -------------------------------------------------------------------------------------

  var filters = {
    year: document.getElementById('filter-year'),
    province: document.getElementById('filter-province'),
    level: document.getElementById('filter-level'),
    type: document.getElementById('filter-type'),
    breakdown: document.getElementById('filter-breakdown')
  };

  function fillSelect(select, allLabel, values, labelOf) {
    select.appendChild(new Option(allLabel, ALL));
    values.forEach(function (value) { select.appendChild(new Option(labelOf(value), value)); });
  }

  var years = distinct(ROWS.map(function (row) { return row.year; })).sort(function (a, b) { return b - a; });
  fillSelect(filters.year, '全部年度', years.map(String), function (year) { return year + ' 年'; });
  fillSelect(filters.province, '全部省份',
    distinct(ROWS.map(function (row) { return row.province; }).filter(known)).sort(function (a, b) { return a.localeCompare(b, 'zh-CN'); }),
    function (name) { return name; });
  fillSelect(filters.level, '全部层级',
    Object.keys(LEVELS).filter(function (level) { return ROWS.some(function (row) { return row.level === level; }); }),
    levelName);
  fillSelect(filters.type, '全部类型',
    distinct(ROWS.map(function (row) { return row.agency_type; }).filter(known)).sort(), typeName);

  function selected(ignoreYear) {
    return ROWS.filter(function (row) {
      return (ignoreYear || filters.year.value === ALL || String(row.year) === filters.year.value)
        && (filters.province.value === ALL || row.province === filters.province.value)
        && (filters.level.value === ALL || row.level === filters.level.value)
        && (filters.type.value === ALL || row.agency_type === filters.type.value);
    });
  }

  // ---- charts --------------------------------------------------------------------------------------

  var charts = {};
  function chart(id) {
    if (!charts[id]) {
      charts[id] = echarts.init(document.getElementById(id), null, { renderer: 'canvas' });
    }
    return charts[id];
  }
  function base(extra) {
    var option = {
      color: COLORS,
      textStyle: { fontFamily: FONT },
      animation: false,
      grid: { left: 56, right: 56, top: 42, bottom: 40, containLabel: true },
      tooltip: { trigger: 'axis', renderMode: 'richText', confine: true },
      legend: { top: 4, textStyle: { fontFamily: FONT } }
    };
    Object.keys(extra).forEach(function (key) { option[key] = extra[key]; });
    return option;
  }
  function categoryAxis(names) {
    return { type: 'category', data: names, axisLabel: { interval: 0, rotate: names.length > 6 ? 30 : 0, fontFamily: FONT } };
  }
  function percentAxis(name) {
    return { type: 'value', name: name, min: 0, max: 100, axisLabel: { formatter: '{value}%' } };
  }
  function breakdownOf(row) {
    return filters.breakdown.value === 'level' ? levelName(row.level) : (row.province || UNKNOWN);
  }

  function drawRequests(rows) {
    var byYear = groupBy(rows, function (row) { return row.year; });
    var yearNames = Object.keys(byYear).sort();
    chart('chart-requests').setOption(base({
      xAxis: categoryAxis(yearNames.map(function (year) { return year + '年'; })),
      yAxis: [{ type: 'value', name: '申请（件）' }, { type: 'value', name: '机构（个）', minInterval: 1 }],
      series: [
        { name: '本年新收申请', type: 'bar', barMaxWidth: 42,
          data: yearNames.map(function (year) { return sum(byYear[year], 'requests_received'); }) },
        { name: '提交年报的机构', type: 'line', yAxisIndex: 1, symbolSize: 8,
          data: yearNames.map(function (year) { return byYear[year].length; }) }
      ]
    }), true);
  }

  function drawZeroRequests(rows) {
    var groups = groupBy(stated(rows, 'requests_received'), breakdownOf);
    var names = sortedKeys(groups);
    chart('chart-zero').setOption(base({
      legend: { show: false },
      xAxis: categoryAxis(names),
      yAxis: percentAxis('占比'),
      series: [{ name: '零申请机构占比', type: 'bar', barMaxWidth: 42, label: { show: true, position: 'top', formatter: '{c}%' },
        data: names.map(function (name) {
          var zero = groups[name].filter(function (row) { return row.requests_received === 0; }).length;
          return round(100 * zero / groups[name].length, 1);
        }) }]
    }), true);
  }

  function drawStaffing(rows) {
    var groups = groupBy(stated(rows, 'staff_total'), breakdownOf);
    var names = sortedKeys(groups);
    chart('chart-staff').setOption(base({
      legend: { show: false },
      xAxis: categoryAxis(names),
      yAxis: { type: 'value', name: '人/机构' },
      series: [{ name: '平均工作人员', type: 'bar', barMaxWidth: 42, itemStyle: { color: COLORS[1] },
        label: { show: true, position: 'top' },
        data: names.map(function (name) { return round(sum(groups[name], 'staff_total') / groups[name].length, 1); }) }]
    }), true);
  }

  function drawOnTime(rows) {
    var byProvince = groupBy(rows, function (row) { return row.province || UNKNOWN; });
    var provinces = sortedKeys(byProvince);
    var levels = Object.keys(LEVELS).filter(function (level) { return rows.some(function (row) { return row.level === level; }); });
    chart('chart-ontime').setOption(base({
      xAxis: categoryAxis(provinces),
      yAxis: percentAxis('按时办结率'),
      series: levels.map(function (level) {
        return { name: levelName(level), type: 'bar', barMaxWidth: 28,
          data: provinces.map(function (province) {
            var rate = ratioOfSums(byProvince[province].filter(function (row) { return row.level === level; }),
              'completed_on_time', 'completed_total');
            return known(rate) ? round(100 * rate, 1) : null;
          }) };
      })
    }), true);
  }

  function drawOutcomes(rows) {
    var data = OUTCOMES.map(function (key) { return { name: METRICS[key], value: sum(rows, key) }; });
    chart('chart-outcomes').setOption(base({
      tooltip: { trigger: 'item', renderMode: 'richText', formatter: '{b}：{c} 件（{d}%）' },
      legend: { orient: 'vertical', right: 8, top: 'middle' },
      series: [{ name: '答复结果', type: 'pie', radius: ['42%', '70%'], center: ['38%', '54%'],
        label: { formatter: '{b}\n{d}%' }, data: data }]
    }), true);
  }

  function drawAppeals(rows) {
    var byYear = groupBy(rows, function (row) { return row.year; });
    var yearNames = Object.keys(byYear).sort();
    function corrected(total, correctedKey) {
      return yearNames.map(function (year) {
        var rate = ratioOfSums(byYear[year], correctedKey, total);
        return known(rate) ? round(100 * rate, 1) : null;
      });
    }
    chart('chart-appeals').setOption(base({
      xAxis: categoryAxis(yearNames.map(function (year) { return year + '年'; })),
      yAxis: [{ type: 'value', name: '案件（件）', minInterval: 1 }, percentAxis('纠错率')],
      series: [
        { name: '行政复议', type: 'bar', barMaxWidth: 30, data: yearNames.map(function (year) { return sum(byYear[year], 'reconsideration_total'); }) },
        { name: '行政诉讼', type: 'bar', barMaxWidth: 30, data: yearNames.map(function (year) { return sum(byYear[year], 'litigation_total'); }) },
        { name: '复议纠错率', type: 'line', yAxisIndex: 1, symbolSize: 8, connectNulls: true, data: corrected('reconsideration_total', 'reconsideration_corrected') },
        { name: '诉讼纠错率', type: 'line', yAxisIndex: 1, symbolSize: 8, connectNulls: true, data: corrected('litigation_total', 'litigation_corrected') }
      ]
    }), true);
  }

  function drawCompleteness(rows) {
    var names = COMPLETENESS.map(function (key) { return METRICS[key]; });
    chart('chart-completeness').setOption(base({
      legend: { show: false },
      grid: { left: 16, right: 48, top: 16, bottom: 16, containLabel: true },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', data: names, inverse: true, axisLabel: { fontFamily: FONT } },
      series: [{ name: '载明比例', type: 'bar', barMaxWidth: 18, itemStyle: { color: COLORS[3] },
        label: { show: true, position: 'right', formatter: '{c}%' },
        data: COMPLETENESS.map(function (key) {
          return rows.length ? round(100 * stated(rows, key).length / rows.length, 1) : null;
        }) }]
    }), true);
  }

  // ---- key figures ---------------------------------------------------------------------------------

  function drawKpis(rows) {
    var kpis = document.getElementById('kpis');
    kpis.replaceChildren();
    var zeroBase = stated(rows, 'requests_received');
    var figures = [
      ['机构·年度', count(rows.length), '提交年报的机构数'],
      ['本年新收申请', count(sum(rows, 'requests_received')), '件'],
      ['零申请机构占比', percent(zeroBase.length ? zeroBase.filter(function (row) { return row.requests_received === 0; }).length / zeroBase.length : null), '已填报机构中'],
      ['按时办结率', percent(ratioOfSums(rows, 'completed_on_time', 'completed_total')), '按时办结 ÷ 办结'],
      ['复议纠错率', percent(ratioOfSums(rows, 'reconsideration_corrected', 'reconsideration_total')), '被纠错 ÷ 复议'],
      ['数据完整度', percent(rows.length ? COMPLETENESS.reduce(function (total, key) { return total + stated(rows, key).length; }, 0) / (rows.length * COMPLETENESS.length) : null), '关键数据项载明比例']
    ];
    figures.forEach(function (figure) {
      var card = text('div', null, 'kpi');
      card.appendChild(text('div', figure[0], 'label'));
      card.appendChild(text('div', figure[1], 'value'));
      card.appendChild(text('div', figure[2], 'note'));
      kpis.appendChild(card);
    });
  }

  // ---- agency table --------------------------------------------------------------------------------

  var COLUMNS = [
    { key: 'year', label: '年度', number: true },
    { key: 'agency_name', label: '机构' },
    { key: 'province', label: '省' },
    { key: 'city', label: '市' },
    { key: 'level', label: '层级', show: levelName },
    { key: 'agency_type', label: '类型', show: typeName },
    { key: 'requests_received', label: '新收申请', number: true, show: count },
    { key: 'staff_total', label: '工作人员', number: true, show: count },
    { key: 'on_time_completion_rate', label: '按时办结率', number: true, show: percent },
    { key: 'reconsideration_corrected_rate', label: '复议纠错率', number: true, show: percent },
    { key: 'known_metrics', label: '载明数据项', number: true, show: count },
    { key: 'issues', label: '问题', number: true, show: count },
    { key: 'score', label: '得分', number: true, show: function (value) { return known(value) ? value.toFixed(1) : '—'; } },
    { key: 'province_rank', label: '省内排名', number: true, show: count }
  ];
  var MAX_TABLE_ROWS = 500;
  var sort = { key: 'score', descending: true };

  function buildHeader() {
    var header = document.querySelector('#agency-table thead tr');
    COLUMNS.forEach(function (column) {
      var cell = text('th', column.label);
      cell.dataset.key = column.key;
      cell.addEventListener('click', function () {
        sort = { key: column.key, descending: sort.key === column.key ? !sort.descending : !!column.number };
        update();
      });
      header.appendChild(cell);
    });
    header.appendChild(text('th', '依据'));
  }

  function compare(a, b) {
    var x = a[sort.key], y = b[sort.key];
    if (!known(x) && !known(y)) { return 0; }
    if (!known(x)) { return 1; }
    if (!known(y)) { return -1; }
    var order = typeof x === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
    return sort.descending ? -order : order;
  }

  function evidenceRow(row) {
    var evidenceRowElement = text('tr', null, 'evidence-row');
    var cell = text('td');
    cell.colSpan = COLUMNS.length + 1;
    var list = text('ul', null, 'evidence-list');
    var entries = evidenceByAgencyYear[row.agency_key + '|' + row.year] || [];
    if (!DATA.evidence_embedded) {
      list.appendChild(text('li', evidenceElsewhere() + '（年度 ' + row.year + '，机构代码 ' + row.agency_key + '）。', 'muted'));
    } else if (!entries.length) {
      list.appendChild(text('li', '该年报未载明可引用的原文。', 'muted'));
    }
    entries.forEach(function (entry) {
      var item = text('li');
      item.appendChild(text('span', METRICS[entry.metric] || entry.metric, 'metric'));
      item.appendChild(text('span', count(row[entry.metric]) + ' ← '));
      item.appendChild(text('span', entry.evidence));
      list.appendChild(item);
    });
    cell.appendChild(list);
    evidenceRowElement.appendChild(cell);
    evidenceRowElement.hidden = true;
    return evidenceRowElement;
  }

  function drawTable(rows) {
    var body = document.querySelector('#agency-table tbody');
    body.replaceChildren();
    document.querySelectorAll('#agency-table th').forEach(function (cell) {
      cell.className = cell.dataset.key === sort.key ? (sort.descending ? 'sorted-desc' : 'sorted-asc') : '';
    });
    var shown = rows.slice().sort(compare).slice(0, MAX_TABLE_ROWS);
    shown.forEach(function (row) {
      var tableRow = text('tr', null, 'agency-row');
      COLUMNS.forEach(function (column) {
        var value = row[column.key];
        tableRow.appendChild(text('td', column.show ? column.show(value) : (known(value) ? value : '—'), column.number ? 'number' : ''));
      });
      var details = evidenceRow(row);
      var toggleCell = text('td');
      var toggle = text('button', '依据', 'evidence-toggle');
      toggle.type = 'button';
      toggle.addEventListener('click', function () { details.hidden = !details.hidden; });
      toggleCell.appendChild(toggle);
      tableRow.appendChild(toggleCell);
      body.appendChild(tableRow);
      body.appendChild(details);
    });
    document.getElementById('table-hint').textContent = '共 ' + rows.length + ' 个机构·年度'
      + (rows.length > MAX_TABLE_ROWS ? '，显示排序后的前 ' + MAX_TABLE_ROWS + ' 个' : '')
      + (DATA.evidence_embedded ? '；点击表头排序，点击“依据”查看每个数字在年报中的原文'
        : '；点击表头排序。' + evidenceElsewhere() + '。');
  }

  // ---- data's age and sources ----------------------------------------------------------------------

  function drawSources() {
    var asOf = DATA.as_of ? DATA.as_of.replace('T', ' ').replace(/\.\d+Z$|Z$/, '') + ' UTC' : '—';
    document.getElementById('as-of').textContent = '数据截至 ' + asOf + ' · 评分标准 ' + DATA.rubric + ' · '
      + DATA.sources.map(function (source) { return source.table + ' v' + source.version; }).join('，');
    var body = document.querySelector('#sources tbody');
    DATA.sources.forEach(function (source) {
      var row = text('tr');
      row.appendChild(text('td', source.table));
      row.appendChild(text('td', source.version));
      row.appendChild(text('td', source.committed_at));
      body.appendChild(row);
    });
  }

  // ---- wiring --------------------------------------------------------------------------------------

  function update() {
    var rows = selected(false);
    var allYears = selected(true);
    drawKpis(rows);
    drawRequests(allYears);
    drawZeroRequests(rows);
    drawStaffing(rows);
    drawOnTime(rows);
    drawOutcomes(rows);
    drawAppeals(allYears);
    drawCompleteness(rows);
    drawTable(rows);
  }

  Object.keys(filters).forEach(function (name) { filters[name].addEventListener('change', update); });
  document.getElementById('filter-reset').addEventListener('click', function () {
    ['year', 'province', 'level', 'type'].forEach(function (name) { filters[name].value = ALL; });
    update();
  });
  window.addEventListener('resize', function () {
    Object.keys(charts).forEach(function (id) { charts[id].resize(); });
  });

  drawSources();
  buildHeader();
  update();
  document.body.dataset.ready = 'true';
}());
